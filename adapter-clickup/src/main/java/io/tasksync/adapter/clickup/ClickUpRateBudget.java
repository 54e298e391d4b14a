package io.tasksync.adapter.clickup;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.tasksync.port.out.RateLimitedException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The request budget of each token, following ClickUp's per-minute window as its responses report
 * it (X-RateLimit-Limit, -Remaining, and -Reset in Unix seconds): requests go out as soon as they
 * are asked for while the window has more than a small reserve left, and wait for the reset when it
 * has not. Until a response has reported the window (a token's first request), requests are paced
 * evenly at the plan's limit by resilience4j. Tokens are keyed by a hash, never kept in clear.
 */
final class ClickUpRateBudget {

  /** One token's window as the server reported it, counted down locally between responses. */
  private static final class Window {
    boolean known;
    boolean assumedNew;
    long limit;
    long remaining;
    long resetEpochMillis;
  }

  private final RateLimiterRegistry registry;
  private final Map<String, Window> windows = new ConcurrentHashMap<>();
  private final int planLimit;
  private final int reserve;
  private final Duration maxWait;
  private final Clock clock;

  ClickUpRateBudget(int requestsPerMinute, int reserve, Duration maxWait, Clock clock) {
    int perSlice = Math.max(1, requestsPerMinute / 10);
    this.registry =
        RateLimiterRegistry.of(
            RateLimiterConfig.custom()
                .limitForPeriod(perSlice)
                .limitRefreshPeriod(Duration.ofMillis(6_000L * perSlice * 10 / requestsPerMinute))
                .timeoutDuration(maxWait)
                .build());
    this.planLimit = requestsPerMinute;
    this.reserve = reserve;
    this.maxWait = maxWait;
    this.clock = clock;
  }

  /** Blocks until the token may send a request; returns how long it waited. */
  Duration acquire(String token) throws InterruptedException {
    String key = key(token);
    Window window = windows.computeIfAbsent(key, k -> new Window());
    long waited = 0;
    while (true) {
      long wait;
      synchronized (window) {
        if (!window.known) {
          break;
        }
        long now = clock.millis();
        if (!window.assumedNew && now >= window.resetEpochMillis) {
          window.assumedNew = true;
          window.remaining = window.limit;
        }
        if (window.remaining > reserve) {
          window.remaining--;
          return Duration.ofMillis(waited);
        }
        if (window.assumedNew) {
          break;
        }
        wait = window.resetEpochMillis - now + ThreadLocalRandom.current().nextLong(50, 250);
      }
      if (wait > maxWait.toMillis()) {
        throw new RateLimitedException(
            "ClickUp's rate limit for this token is spent until its reset; try again later",
            Duration.ofMillis(wait));
      }
      sleep(wait);
      waited += wait;
    }
    return Duration.ofMillis(waited + paced(key));
  }

  /** Even pacing at the plan's limit, for a window no response has described yet. */
  private long paced(String key) throws InterruptedException {
    RateLimiter limiter = registry.rateLimiter(key);
    long reservedNanos = limiter.reservePermission();
    if (reservedNanos < 0) {
      throw new RateLimitedException(
          "the request budget for this ClickUp token is exhausted by concurrent syncs", maxWait);
    }
    long millis = (reservedNanos + 999_999) / 1_000_000;
    if (millis > 0) {
      sleep(millis);
    }
    return millis;
  }

  /**
   * Records what a response said about the server's window: a later reset (or, once the last
   * reported reset has passed, any reset still ahead) starts a new window, a response about the
   * current one can only lower what is left, one about an older window is stale.
   */
  void observe(String token, String limit, String remaining, String resetSeconds) {
    if (remaining == null || resetSeconds == null) {
      return;
    }
    long left;
    long reset;
    long max = planLimit;
    try {
      left = Math.max(0, Long.parseLong(remaining.trim()));
      reset = Long.parseLong(resetSeconds.trim()) * 1000L;
      if (limit != null) {
        max = Long.parseLong(limit.trim());
      }
    } catch (NumberFormatException e) {
      return; // A header we cannot read is ignored; the last known window or pacing still holds.
    }
    Window window = windows.computeIfAbsent(key(token), k -> new Window());
    synchronized (window) {
      window.limit = max;
      boolean later = reset > window.resetEpochMillis;
      if (!window.known || later || (window.assumedNew && reset > clock.millis())) {
        window.remaining = window.assumedNew ? Math.min(window.remaining, left) : left;
        window.resetEpochMillis = reset;
        window.known = true;
        window.assumedNew = false;
      } else if (reset == window.resetEpochMillis) {
        window.remaining = window.assumedNew ? left : Math.min(window.remaining, left);
        window.assumedNew = false;
      }
    }
  }

  /** How long until the token's window resets, as last reported (zero when unknown or past). */
  Duration untilReset(String token) {
    Window window = windows.get(key(token));
    if (window == null) {
      return Duration.ZERO;
    }
    synchronized (window) {
      return Duration.ofMillis(Math.max(0, window.resetEpochMillis - clock.millis()));
    }
  }

  private static void sleep(long millis) throws InterruptedException {
    Thread.sleep(millis);
  }

  private static String key(String token) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
