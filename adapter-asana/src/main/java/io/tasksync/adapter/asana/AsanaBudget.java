package io.tasksync.adapter.asana;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.tasksync.port.out.ProviderUnavailableException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The request budget of each grant: Asana's per-minute limit spread evenly in small refills (with
 * 3% headroom, so a continuously sliding minute window is never exceeded), through resilience4j's
 * rate limiter. A 429 blocks the grant's budget for the Retry-After time.
 */
final class AsanaBudget {

  private static final int REFILL = 10;

  private final RateLimiterConfig config;
  private final Map<String, RateLimiter> limiters = new ConcurrentHashMap<>();
  private final Map<String, Long> pausedUntil = new ConcurrentHashMap<>();

  AsanaBudget(int requestsPerMinute) {
    int refill = Math.min(REFILL, Math.max(1, requestsPerMinute / 60));
    double perMinute = requestsPerMinute * 0.97;
    long periodNanos = (long) (60_000_000_000.0 * refill / perMinute);
    this.config =
        RateLimiterConfig.custom()
            .limitForPeriod(refill)
            .limitRefreshPeriod(Duration.ofNanos(periodNanos))
            .timeoutDuration(Duration.ofMinutes(5))
            .build();
  }

  /** Waits until the grant may send one more request; returns how long it waited. */
  Duration acquire(String key) {
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

  private static void sleep(long nanos) {
    try {
      Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProviderUnavailableException("interrupted while waiting for Asana's rate limit", e);
    }
  }
}
