package io.tasksync.adapter.firestore;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which integrations' upserts currently meet only absent documents (a first import): their batches
 * are written as creates without reading the stored hashes first. Only a hint: a create that meets
 * an existing document fails atomically, the batch falls back to reading, and the hint is dropped.
 */
final class CreateFirstHints {

  /** A batch must find at least this many tasks, all absent, to turn the hint on. */
  static final int MIN_EVIDENCE = 25;

  private static final int MAX_ENTRIES = 10_000;

  private final Map<String, Boolean> absent = new ConcurrentHashMap<>();

  boolean createFirst(String integrationId) {
    return absent.containsKey(integrationId);
  }

  /** A read-first batch of {@code size} tasks of the integration found {@code created} absent. */
  void observed(String integrationId, int size, int created) {
    if (size >= MIN_EVIDENCE && created == size) {
      if (absent.size() >= MAX_ENTRIES) {
        absent.clear();
      }
      absent.put(integrationId, Boolean.TRUE);
    } else if (created < size) {
      absent.remove(integrationId);
    }
  }

  /** A create met an existing document of the integration. */
  void existingMet(String integrationId) {
    absent.remove(integrationId);
  }
}
