package io.tasksync.sandbox.asana;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Asana's concurrent-request limit: how many API requests of each token are in flight. */
final class AsanaInFlight {

  private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
  private volatile int limit;

  AsanaInFlight(int limit) {
    this.limit = limit;
  }

  void setLimit(int newLimit) {
    this.limit = newLimit;
  }

  /** Counts a request in; false (and not counted) when the token already has the limit open. */
  boolean enter(String token) {
    AtomicInteger count = counts.computeIfAbsent(token, k -> new AtomicInteger());
    int max = limit;
    return count.getAndUpdate(n -> n < max ? n + 1 : n) < max;
  }

  /** Counts a request out. */
  void exit(String token) {
    AtomicInteger count = counts.get(token);
    if (count != null) {
      count.updateAndGet(n -> n > 0 ? n - 1 : 0);
    }
  }
}
