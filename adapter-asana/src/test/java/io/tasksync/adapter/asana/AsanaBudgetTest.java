package io.tasksync.adapter.asana;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The budget's refills against Asana's continuously sliding minute: the worst case of the limiter
 * (every refill spent at once, at both ends of the window) with half a second between a refill and
 * the request's arrival must stay within the limit, while spending close to all of it.
 */
class AsanaBudgetTest {

  private static final Duration LATENCY = Duration.ofMillis(500);

  /** The most permits the limiter can hand out whose requests arrive within one minute. */
  private static long worstMinute(AsanaBudget budget, Duration latency) {
    long window = Duration.ofMinutes(1).plus(latency).toNanos();
    return budget.refill() * (window / budget.period().toNanos() + 1);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 59, 61, 100, 150, 599, 999, 1249, 1500, 1509, 15000})
  void slidingMinuteWithLatency_neverExceedsTheLimit(int limit) {
    AsanaBudget budget = new AsanaBudget(limit);

    long worst = worstMinute(budget, LATENCY);

    assertThat(worst).isLessThanOrEqualTo(limit);
  }

  @ParameterizedTest
  @ValueSource(ints = {150, 1500})
  void asanasPlans_spendNinetyNinePercentOfTheLimit(int limit) {
    AsanaBudget budget = new AsanaBudget(limit);

    double perMinute = budget.refill() * 60e9 / budget.period().toNanos();

    assertThat(perMinute).isBetween(limit * 0.989, limit * 0.99);
  }

  @Test
  void aBusySecond_getsNoMoreThanItsRefills() throws InterruptedException {
    int limit = 60_000;
    AsanaBudget budget = new AsanaBudget(limit);
    long end = System.nanoTime() + Duration.ofSeconds(1).toNanos();
    int granted = 0;

    while (System.nanoTime() < end) {
      budget.acquire("grant");
      granted++;
    }

    // the refills that start within the second, and the one the last acquire may wait for
    long refills = Duration.ofSeconds(1).toNanos() / budget.period().toNanos() + 2;
    assertThat(granted).isLessThanOrEqualTo((int) refills * budget.refill());
    assertThat(granted).isGreaterThan(limit / 60 / 2);
  }
}
