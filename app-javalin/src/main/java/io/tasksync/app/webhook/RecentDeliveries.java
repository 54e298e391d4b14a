package io.tasksync.app.webhook;

import java.util.LinkedHashMap;
import java.util.Map;

/** The most recent delivery ids, so a redelivered webhook is processed once. */
public final class RecentDeliveries {

  private final Map<String, Boolean> seen;

  public RecentDeliveries(int capacity) {
    this.seen =
        new LinkedHashMap<>(16, 0.75f, false) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > capacity;
          }
        };
  }

  /** Whether this id is seen for the first time (and remembers it). */
  public synchronized boolean firstTime(String deliveryId) {
    return seen.put(deliveryId, Boolean.TRUE) == null;
  }
}
