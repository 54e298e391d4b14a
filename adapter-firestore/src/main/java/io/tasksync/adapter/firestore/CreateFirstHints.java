package io.tasksync.adapter.firestore;

import io.tasksync.domain.Task;
import java.util.List;
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

  /** Per integration: true while its tasks are found absent, false once one was found stored. */
  private final Map<String, Boolean> absent = new ConcurrentHashMap<>();

  boolean createFirst(String integrationId) {
    return Boolean.TRUE.equals(absent.get(integrationId));
  }

  /** Whether nothing has been seen of the integration's stored tasks yet. */
  boolean unknown(String integrationId) {
    return !absent.containsKey(integrationId);
  }

  /** A read-first batch of {@code size} tasks of the integration found {@code created} absent. */
  void observed(String integrationId, int size, int created) {
    if (size >= MIN_EVIDENCE && created == size) {
      remember(integrationId, Boolean.TRUE);
    } else if (created < size) {
      remember(integrationId, Boolean.FALSE);
    }
  }

  /** A create met an existing document of the integration. */
  void existingMet(String integrationId) {
    remember(integrationId, Boolean.FALSE);
  }

  private void remember(String integrationId, Boolean allAbsent) {
    if (absent.size() >= MAX_ENTRIES && !absent.containsKey(integrationId)) {
      absent.clear();
    }
    absent.put(integrationId, allAbsent);
  }

  /** The integration all tasks of the batch belong to, or null when they are mixed. */
  static String soleIntegration(List<Map.Entry<String, Task>> batch) {
    String id = batch.get(0).getValue().integrationId().value();
    for (Map.Entry<String, Task> entry : batch) {
      if (!id.equals(entry.getValue().integrationId().value())) {
        return null;
      }
    }
    return id;
  }
}
