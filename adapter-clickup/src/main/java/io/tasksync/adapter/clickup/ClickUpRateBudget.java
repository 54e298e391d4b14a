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
 * The request budget of each token: resilience4j paces requests evenly at the plan's limit (a tenth
 * of the minute's allowance every six seconds), and ClickUp's own X-RateLimit-Remaining /
 * X-RateLimit-Reset headers stop requests when the server's window is spent, until its reset.
 * Tokens are keyed by a hash, never kept in clear.
 */
final class ClickUpRateBudget {

  /** The server's view of one token's window, from the last response headers. */
  private static final class Window {
    volatile long remaining = Long.MAX_VALUE;
    volatile long resetEpochMillis;
  }

  private final RateLimiterRegistry registry;
  private final Map<String, Window> windows = new ConcurrentHashMap<>();
  private final Duration maxWait;
  private final Clock clock;

  ClickUpRateBudget(int requestsPerMinute, Duration maxWait, Clock clock) {
    int perSlice = Math.max(1, requestsPerMinute / 10);
    this.registry =
        RateLimiterRegistry.of(
            RateLimiterConfig.custom()
                .limitForPeriod(perSlice)
                .limitRefreshPeriod(Duration.ofMillis(6_000L * perSlice * 10 / requestsPerMinute))
                .timeoutDuration(maxWait)
                .build());
    this.maxWait = maxWait;
    this.clock = clock;
  }

  /** Blocks until the token may send a request; returns how long it waited. */
  Duration acquire(String token) {
    long waited = 0;
    String key = key(token);
    Window window = windows.computeIfAbsent(key, k -> new Window());
    long now = clock.millis();
    if (window.remaining <= 0 && now < window.resetEpochMillis) {
      long wait = window.resetEpochMillis - now + ThreadLocalRandom.current().nextLong(50, 250);
      if (wait > maxWait.toMillis()) {
        throw new RateLimitedException(
            "ClickUp's rate limit for this token is spent until its reset; try again later",
            Duration.ofMillis(wait));
      }
      sleep(wait);
      waited += wait;
      window.remaining = Long.MAX_VALUE;
    }
    RateLimiter limiter = registry.rateLimiter(key);
    long reservedNanos = limiter.reservePermission();
    if (reservedNanos < 0) {
      throw new RateLimitedException(
          "the request budget for this ClickUp token is exhausted by concurrent syncs", maxWait);
    }
    if (reservedNanos > 0) {
      long millis = (reservedNanos + 999_999) / 1_000_000;
      sleep(millis);
      waited += millis;
    }
    return Duration.ofMillis(waited);
  }

  /** Records what a response said about the server's window. */
  void observe(String token, String remaining, String resetSeconds) {
    if (remaining == null || resetSeconds == null) {
      return;
    }
    try {
      Window window = windows.computeIfAbsent(key(token), k -> new Window());
      window.resetEpochMillis = Long.parseLong(resetSeconds.trim()) * 1000L;
      window.remaining = Long.parseLong(remaining.trim());
    } catch (NumberFormatException e) {
      // A header we cannot read is ignored; pacing still holds the request rate.
    }
  }

  /** How long until the token's window resets, as last reported (zero when unknown or past). */
  Duration untilReset(String token) {
    Window window = windows.get(key(token));
    long wait = window == null ? 0 : window.resetEpochMillis - clock.millis();
    return Duration.ofMillis(Math.max(0, wait));
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RateLimitedException(
          "interrupted while waiting for ClickUp's rate limit", Duration.ZERO);
    }
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
