package io.tasksync.sandbox.clickup;

import java.util.HashMap;
import java.util.Map;

/**
 * ClickUp's per-token limit as a fixed window (one minute, from the token's first request in it):
 * X-RateLimit-Limit, -Remaining and -Reset (Unix seconds when the window ends, rounded up) on every
 * answer, 429 APP_002 beyond the limit.
 */
final class ClickUpRateLimit {

  private final int limit;
  private final long windowMillis;
  private final Map<String, long[]> windows = new HashMap<>();

  ClickUpRateLimit(int limit, long windowMillis) {
    this.limit = limit;
    this.windowMillis = windowMillis;
  }

  /** Counts a request; returns {limit, remaining, resetSeconds, allowed(1/0)}. */
  synchronized long[] take(String token, long nowMillis) {
    long[] w = windows.get(token);
    if (w == null || nowMillis >= w[0] + windowMillis) {
      w = new long[] {nowMillis, 0};
      windows.put(token, w);
    }
    long reset = (w[0] + windowMillis + 999) / 1000;
    if (w[1] >= limit) {
      return new long[] {limit, 0, reset, 0};
    }
    w[1]++;
    return new long[] {limit, limit - w[1], reset, 1};
  }
}
