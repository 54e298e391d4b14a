package io.tasksync.benchmarks;

import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.Task;
import io.tasksync.domain.TaskKey;
import io.tasksync.port.out.ExternalIdPage;
import io.tasksync.port.out.TaskQuery;
import io.tasksync.port.out.TaskSlice;
import io.tasksync.port.out.TaskStore;
import io.tasksync.port.out.UpsertResult;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A store that counts what it is given and keeps nothing, so a run's heap shows the import pipeline
 * alone (adapter, sync service, stand-in), without the stored tasks.
 */
final class AsanaCountingTaskStore implements TaskStore {

  private final AtomicLong upserted = new AtomicLong();

  long upserted() {
    return upserted.get();
  }

  @Override
  public UpsertResult upsert(List<Task> tasks) {
    upserted.addAndGet(tasks.size());
    return new UpsertResult(tasks.size(), 0, 0);
  }

  @Override
  public Optional<Task> get(TaskKey key) {
    return Optional.empty();
  }

  @Override
  public TaskSlice list(TaskQuery query) {
    return new TaskSlice(List.of(), null);
  }

  @Override
  public int markDeleted(IntegrationId integrationId, Collection<String> externalIds, Instant at) {
    return 0;
  }

  @Override
  public ExternalIdPage activeExternalIds(IntegrationId integrationId, String cursor, int limit) {
    return new ExternalIdPage(List.of(), null);
  }

  @Override
  public long countActive(IntegrationId integrationId) {
    return 0;
  }

  @Override
  public long deleteAll(IntegrationId integrationId) {
    return 0;
  }
}
