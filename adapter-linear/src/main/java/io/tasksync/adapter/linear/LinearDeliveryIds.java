package io.tasksync.adapter.linear;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The most recent webhook delivery ids seen by this process, a bounded LRU: enough to drop Linear's
 * retries of a delivery; a restart forgets them, and a repeat then only causes one more idempotent
 * incremental sync.
 */
final class LinearDeliveryIds {

  private final Map<String, Boolean> ids;

  LinearDeliveryIds(int capacity) {
    this.ids =
        new LinkedHashMap<>(256, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > capacity;
          }
        };
  }

  /** Records {@code id}; false when it was seen before. */
  synchronized boolean firstTime(String id) {
    return ids.put(id, Boolean.TRUE) == null;
  }
}
