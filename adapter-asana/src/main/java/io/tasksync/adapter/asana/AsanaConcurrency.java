package io.tasksync.adapter.asana;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * The bound on each grant's requests in flight, below Asana's concurrent-request limit (which
 * answers the request beyond it with 429): a fair semaphore per grant, held for one HTTP exchange.
 */
final class AsanaConcurrency {

  private final int perGrant;
  private final Map<String, Semaphore> slots = new ConcurrentHashMap<>();

  AsanaConcurrency(int perGrant) {
    this.perGrant = perGrant;
  }

  /** Waits for a free slot of the grant; the caller gives it back with {@link #leave}. */
  void enter(String key) throws InterruptedException {
    slots(key).acquire();
  }

  void leave(String key) {
    slots(key).release();
  }

  private Semaphore slots(String key) {
    return slots.computeIfAbsent(key, k -> new Semaphore(perGrant, true));
  }
}
