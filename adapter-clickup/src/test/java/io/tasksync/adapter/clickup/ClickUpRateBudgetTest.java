package io.tasksync.adapter.clickup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tasksync.port.out.RateLimitedException;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The per-token budget follows ClickUp's X-RateLimit headers (reset in Unix seconds). */
class ClickUpRateBudgetTest {

  private final Clock clock = Clock.systemUTC();

  private long inSeconds(int seconds) {
    return clock.millis() / 1000 + seconds;
  }

  @Test
  void spentWindow_waitsUntilTheReportedReset() throws InterruptedException {
    ClickUpRateBudget budget = new ClickUpRateBudget(10_000, 0, Duration.ofSeconds(5), clock);
    long resetSeconds = inSeconds(2);
    budget.observe("token-a", "100", "0", String.valueOf(resetSeconds));

    long start = clock.millis();
    budget.acquire("token-a");

    assertThat(clock.millis()).isGreaterThanOrEqualTo(resetSeconds * 1000);
    assertThat(clock.millis() - start).isLessThan(3_500);
  }

  @Test
  void resetBeyondTheLongestWait_isRateLimitedWithoutWaiting() throws InterruptedException {
    ClickUpRateBudget budget = new ClickUpRateBudget(10_000, 0, Duration.ofSeconds(1), clock);
    budget.observe("token-b", "100", "0", String.valueOf(inSeconds(40)));

    long start = clock.millis();

    assertThatThrownBy(() -> budget.acquire("token-b"))
        .isInstanceOfSatisfying(
            RateLimitedException.class,
            e -> assertThat(e.retryAfter()).isGreaterThan(Duration.ofSeconds(30)));
    assertThat(clock.millis() - start).isLessThan(1_000);
  }

  @Test
  void remainingRequests_andOtherTokens_doNotWait() throws InterruptedException {
    ClickUpRateBudget budget = new ClickUpRateBudget(10_000, 0, Duration.ofSeconds(1), clock);
    budget.observe("token-c", "100", "0", String.valueOf(inSeconds(40)));
    budget.observe("token-d", "100", "57", String.valueOf(inSeconds(40)));

    long start = clock.millis();
    budget.acquire("token-d");
    budget.acquire("token-e");

    assertThat(clock.millis() - start).isLessThan(500);
  }

  @Test
  void unknownWindow_isPacedEvenlyAtTenPerMinuteToOneRequestPerSixSeconds()
      throws InterruptedException {
    ClickUpRateBudget budget = new ClickUpRateBudget(10, 0, Duration.ofMillis(100), clock);

    budget.acquire("token-f");

    assertThatThrownBy(() -> budget.acquire("token-f")).isInstanceOf(RateLimitedException.class);
  }

  @Test
  void reportedWindow_isSpentBackToBackDownToTheReserve_thenWaitsForTheReset()
      throws InterruptedException {
    ClickUpRateBudget budget = new ClickUpRateBudget(10, 2, Duration.ofSeconds(5), clock);
    long resetSeconds = inSeconds(2);
    budget.observe("token-g", "10", "8", String.valueOf(resetSeconds));

    long start = clock.millis();
    for (int i = 0; i < 6; i++) {
      budget.acquire("token-g");
    }
    long burst = clock.millis() - start;
    budget.acquire("token-g");

    assertThat(burst).isLessThan(500);
    assertThat(clock.millis()).isGreaterThanOrEqualTo(resetSeconds * 1000);
  }

  @Test
  void responseAboutTheSameWindow_neverRaisesWhatIsLeft() throws InterruptedException {
    ClickUpRateBudget budget = new ClickUpRateBudget(10_000, 0, Duration.ofMillis(200), clock);
    String reset = String.valueOf(inSeconds(40));
    budget.observe("token-h", "100", "3", reset);
    budget.observe("token-h", "100", "90", reset);

    for (int i = 0; i < 3; i++) {
      budget.acquire("token-h");
    }

    assertThatThrownBy(() -> budget.acquire("token-h")).isInstanceOf(RateLimitedException.class);
  }

  @Test
  void passedReset_startsAFreshWindowWithoutWaiting() throws InterruptedException {
    ClickUpRateBudget budget = new ClickUpRateBudget(10, 2, Duration.ofMillis(200), clock);
    budget.observe("token-i", "10", "0", String.valueOf(inSeconds(-1)));

    long start = clock.millis();
    for (int i = 0; i < 8; i++) {
      budget.acquire("token-i");
    }

    assertThat(clock.millis() - start).isLessThan(500);
  }
}
