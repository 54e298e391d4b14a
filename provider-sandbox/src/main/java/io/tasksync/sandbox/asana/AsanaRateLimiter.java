package io.tasksync.sandbox.asana;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Asana's per-token limit over a continuously sliding minute. Rejected requests count too, as at
 * Asana, so a client that ignores Retry-After stays locked out.
 */
final class AsanaRateLimiter {

  private static final long WINDOW_MILLIS = 60_000;

  private final Map<String, Deque<Long>> windows = new ConcurrentHashMap<>();
  private final Clock clock;
  private volatile int perMinute;

  AsanaRateLimiter(int perMinute, Clock clock) {
    this.perMinute = perMinute;
    this.clock = clock;
  }

  void setPerMinute(int newLimit) {
    this.perMinute = newLimit;
  }

  /** Records a request; returns 0 when allowed, else the seconds to wait (at least 1). */
  long acquire(String token) {
    Deque<Long> window = windows.computeIfAbsent(token, k -> new ArrayDeque<>());
    long now = clock.millis();
    synchronized (window) {
      while (!window.isEmpty() && window.peekFirst() <= now - WINDOW_MILLIS) {
        window.pollFirst();
      }
      boolean allowed = window.size() < perMinute;
      window.addLast(now);
      if (allowed) {
        return 0;
      }
      while (window.size() > 2 * perMinute) {
        window.pollFirst();
      }
      long oldest = window.peekFirst();
      return Math.max(1, (oldest + WINDOW_MILLIS - now + 999) / 1000);
    }
  }
}
