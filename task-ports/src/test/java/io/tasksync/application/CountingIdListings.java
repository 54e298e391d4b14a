package io.tasksync.application;

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
import java.util.OptionalLong;

/**
 * A task store that counts the pages of stored ids read and the deletion counts asked for,
 * delegating everything.
 */
final class CountingIdListings implements TaskStore {

  private final TaskStore delegate;
  int idListings;
  int deletionCounts;

  CountingIdListings(TaskStore delegate) {
    this.delegate = delegate;
  }

  @Override
  public UpsertResult upsert(List<Task> tasks) {
    return delegate.upsert(tasks);
  }

  @Override
  public Optional<Task> get(TaskKey key) {
    return delegate.get(key);
  }

  @Override
  public TaskSlice list(TaskQuery query) {
    return delegate.list(query);
  }

  @Override
  public int markDeleted(IntegrationId integrationId, Collection<String> externalIds, Instant at) {
    return delegate.markDeleted(integrationId, externalIds, at);
  }

  @Override
  public ExternalIdPage activeExternalIds(IntegrationId integrationId, String cursor, int limit) {
    idListings++;
    return delegate.activeExternalIds(integrationId, cursor, limit);
  }

  @Override
  public long countActive(IntegrationId integrationId) {
    return delegate.countActive(integrationId);
  }

  @Override
  public OptionalLong countDeletedSince(IntegrationId integrationId, Instant since) {
    deletionCounts++;
    return delegate.countDeletedSince(integrationId, since);
  }

  @Override
  public long deleteAll(IntegrationId integrationId) {
    return delegate.deleteAll(integrationId);
  }
}
