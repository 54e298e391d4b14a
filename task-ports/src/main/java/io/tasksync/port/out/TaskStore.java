package io.tasksync.port.out;

import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.Task;
import io.tasksync.domain.TaskKey;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Where normalized tasks are kept, keyed by integration and external id. */
public interface TaskStore {

  /**
   * Inserts or replaces each task by its key. A stored task with the same content hash and the same
   * deleted-ness is left unwritten and counted unchanged. Idempotent: repeating a call writes
   * nothing new. Tasks with the same key in one call: the last wins.
   *
   * @throws StoreUnavailableException naming how many tasks were not written; the caller must not
   *     treat the call's tasks as stored
   */
  UpsertResult upsert(List<Task> tasks);

  /**
   * @return the stored task, deleted or not
   * @throws StoreUnavailableException when the store cannot be read
   */
  Optional<Task> get(TaskKey key);

  /**
   * A page of an organization's tasks matching the query, ordered by {@code updatedAt} then key.
   *
   * @throws IllegalArgumentException when the cursor is not one this store issued
   * @throws StoreUnavailableException when the store cannot be read
   */
  TaskSlice list(TaskQuery query);

  /**
   * Marks the given tasks deleted at {@code at} (soft delete). Unknown or already deleted ids are
   * ignored.
   *
   * @return how many tasks were newly marked
   * @throws StoreUnavailableException when the store cannot be written
   */
  int markDeleted(IntegrationId integrationId, Collection<String> externalIds, Instant at);

  /**
   * A page of the external ids of an integration's tasks that are not deleted, in a stable order.
   *
   * @param cursor from the previous page, or null
   * @param limit page size, at least 1
   */
  ExternalIdPage activeExternalIds(IntegrationId integrationId, String cursor, int limit);

  /** How many of an integration's tasks are not deleted. */
  long countActive(IntegrationId integrationId);

  /**
   * How many of an integration's tasks are deleted with a {@code deletedAt} at or after {@code
   * since}, counted without reading the tasks (from an index). A store that cannot count them so
   * answers empty, and callers fall back to reading ids.
   *
   * @throws StoreUnavailableException when the store cannot be read
   */
  default OptionalLong countDeletedSince(IntegrationId integrationId, Instant since) {
    return OptionalLong.empty();
  }

  /**
   * Removes every task of an integration for good (disconnect with delete).
   *
   * @return how many were removed
   */
  long deleteAll(IntegrationId integrationId);
}
