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

  @Test
  void spentWindow_waitsUntilTheReportedReset() {
    ClickUpRateBudget budget = new ClickUpRateBudget(10_000, Duration.ofSeconds(5), clock);
    long resetSeconds = clock.millis() / 1000 + 2;
    budget.observe("token-a", "0", String.valueOf(resetSeconds));

    long start = clock.millis();
    budget.acquire("token-a");

    assertThat(clock.millis()).isGreaterThanOrEqualTo(resetSeconds * 1000);
    assertThat(clock.millis() - start).isLessThan(3_500);
  }

  @Test
  void resetBeyondTheLongestWait_isRateLimitedWithoutWaiting() {
    ClickUpRateBudget budget = new ClickUpRateBudget(10_000, Duration.ofSeconds(1), clock);
    budget.observe("token-b", "0", String.valueOf(clock.millis() / 1000 + 40));

    long start = clock.millis();

    assertThatThrownBy(() -> budget.acquire("token-b"))
        .isInstanceOfSatisfying(
            RateLimitedException.class,
            e -> assertThat(e.retryAfter()).isGreaterThan(Duration.ofSeconds(30)));
    assertThat(clock.millis() - start).isLessThan(1_000);
  }

  @Test
  void remainingRequests_andOtherTokens_doNotWait() {
    ClickUpRateBudget budget = new ClickUpRateBudget(10_000, Duration.ofSeconds(1), clock);
    budget.observe("token-c", "0", String.valueOf(clock.millis() / 1000 + 40));
    budget.observe("token-d", "57", String.valueOf(clock.millis() / 1000 + 40));

    long start = clock.millis();
    budget.acquire("token-d");
    budget.acquire("token-e");

    assertThat(clock.millis() - start).isLessThan(500);
  }

  @Test
  void pacing_holdsAPlanLimitOfTenPerMinuteToOneRequestPerSixSeconds() {
    ClickUpRateBudget budget = new ClickUpRateBudget(10, Duration.ofMillis(100), clock);

    budget.acquire("token-f");

    assertThatThrownBy(() -> budget.acquire("token-f")).isInstanceOf(RateLimitedException.class);
  }
}
