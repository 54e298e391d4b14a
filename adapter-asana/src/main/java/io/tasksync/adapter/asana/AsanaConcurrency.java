package io.tasksync.adapter.asana;

import io.tasksync.port.out.ProviderUnavailableException;
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
  void enter(String key) {
    try {
      slots(key).acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProviderUnavailableException("interrupted while waiting to call Asana", e);
    }
  }

  void leave(String key) {
    slots(key).release();
  }

  private Semaphore slots(String key) {
    return slots.computeIfAbsent(key, k -> new Semaphore(perGrant, true));
  }
}
