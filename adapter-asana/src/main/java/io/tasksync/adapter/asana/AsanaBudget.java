package io.tasksync.adapter.asana;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.tasksync.port.out.ProviderUnavailableException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The request budget of each grant: Asana's per-minute limit spread evenly in small refills through
 * resilience4j's rate limiter. A 429 blocks the grant's budget for the Retry-After time.
 *
 * <p>Why {@value #SPREAD}: the limiter hands out {@code refill} permits at the start of each period
 * {@code p} and never more in one period, so any window of length {@code w} holds at most {@code
 * refill * (floor(w / p) + 1)} permits. The budget spreads {@code 0.99 * usable} requests per
 * minute, where {@code usable} is the limit rounded down to whole refills, so {@code p = 60 s *
 * refill / (0.99 * usable)}. Asana counts a continuously sliding minute at arrival, and a permit
 * reaches Asana some latency {@code d} after its refill, so the permits counted in one minute were
 * handed out within {@code 60 s + d}: at most {@code refill * (floor((60 s + d) / p) + 1)}, which
 * stays at or below {@code usable} (at 1,500/min: 150 refills of 10, 1,500) while {@code d} is
 * under {@code 60 s * (1 / 0.99 - 1)}, about 0.6 s. A larger fraction leaves less slack for latency
 * (at 1,500/min, 0.9933 leaves none); 0.97 left 1.9 s at the cost of 2% of the ceiling.
 */
final class AsanaBudget {

  /** The share of the limit the budget spends, leaving about 0.6 s of latency slack. */
  static final double SPREAD = 0.99;

  private static final int REFILL = 10;

  private final int refill;
  private final Duration period;
  private final RateLimiterConfig config;
  private final Map<String, RateLimiter> limiters = new ConcurrentHashMap<>();
  private final Map<String, Long> pausedUntil = new ConcurrentHashMap<>();

  AsanaBudget(int requestsPerMinute) {
    this.refill = Math.min(REFILL, Math.max(1, requestsPerMinute / 60));
    int usable = refill * (requestsPerMinute / refill);
    this.period = Duration.ofNanos((long) Math.ceil(60_000_000_000.0 * refill / (usable * SPREAD)));
    this.config =
        RateLimiterConfig.custom()
            .limitForPeriod(refill)
            .limitRefreshPeriod(period)
            .timeoutDuration(Duration.ofMinutes(5))
            .build();
  }

  /** Permits handed out at the start of each period. */
  int refill() {
    return refill;
  }

  /** How often the permits are refilled. */
  Duration period() {
    return period;
  }

  /** Waits until the grant may send one more request; returns how long it waited. */
  Duration acquire(String key) throws InterruptedException {
    long waited = 0;
    Long until = pausedUntil.get(key);
    if (until != null) {
      long wait = until - System.nanoTime();
      if (wait > 0) {
        sleep(wait);
        waited += wait;
      }
      pausedUntil.remove(key, until);
    }
    RateLimiter limiter = limiters.computeIfAbsent(key, k -> RateLimiter.of("asana-" + k, config));
    long reserved = limiter.reservePermission();
    if (reserved < 0) {
      throw new ProviderUnavailableException("the Asana request budget did not free up in time");
    }
    if (reserved > 0) {
      sleep(reserved);
      waited += reserved;
    }
    return Duration.ofNanos(waited);
  }

  /** Holds back every request of the grant for {@code wait} (after a 429). */
  void pause(String key, Duration wait) {
    pausedUntil.merge(key, System.nanoTime() + wait.toNanos(), Math::max);
  }

  private static void sleep(long nanos) throws InterruptedException {
    Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
  }
}
