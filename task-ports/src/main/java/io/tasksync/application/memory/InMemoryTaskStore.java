package io.tasksync.application.memory;

import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.Task;
import io.tasksync.domain.TaskKey;
import io.tasksync.port.out.ExternalIdPage;
import io.tasksync.port.out.TaskQuery;
import io.tasksync.port.out.TaskSearch;
import io.tasksync.port.out.TaskSlice;
import io.tasksync.port.out.TaskStore;
import io.tasksync.port.out.UpsertResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/** The reference {@link TaskStore}: thread-safe, in memory, for embedding and tests. */
public final class InMemoryTaskStore implements TaskStore {

  private final Map<TaskKey, Stored> tasks = new HashMap<>();
  private final AtomicLong writes = new AtomicLong();

  private record Stored(Task task, String hash) {}

  @Override
  public synchronized UpsertResult upsert(List<Task> batch) {
    Map<TaskKey, Task> lastWins = new java.util.LinkedHashMap<>();
    batch.forEach(t -> lastWins.put(t.key(), t));
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    for (Task task : lastWins.values()) {
      String hash = task.contentHash();
      Stored old = tasks.get(task.key());
      if (old == null) {
        created++;
      } else if (old.hash.equals(hash) && old.task.isDeleted() == task.isDeleted()) {
        unchanged++;
        continue;
      } else {
        updated++;
      }
      tasks.put(task.key(), new Stored(task, hash));
      writes.incrementAndGet();
    }
    return new UpsertResult(created, updated, unchanged);
  }

  @Override
  public synchronized Optional<Task> get(TaskKey key) {
    return Optional.ofNullable(tasks.get(key)).map(Stored::task);
  }

  @Override
  public synchronized TaskSlice list(TaskQuery query) {
    Comparator<Task> order = MemoryTaskCursor.order(query.order());
    Task after = query.cursor() == null ? null : MemoryTaskCursor.decode(query.cursor(), query);
    List<Task> matching =
        tasks.values().stream()
            .map(Stored::task)
            .filter(t -> TaskSearch.matches(query, t))
            .filter(t -> after == null || order.compare(t, after) > 0)
            .sorted(order)
            .limit(query.limit() + 1L)
            .toList();
    if (matching.size() <= query.limit()) {
      return new TaskSlice(matching, null);
    }
    List<Task> page = matching.subList(0, query.limit());
    return new TaskSlice(page, MemoryTaskCursor.encode(page.get(page.size() - 1), query));
  }

  @Override
  public synchronized int markDeleted(
      IntegrationId integrationId, Collection<String> externalIds, Instant at) {
    int marked = 0;
    for (String externalId : externalIds) {
      TaskKey key = new TaskKey(integrationId, externalId);
      Stored old = tasks.get(key);
      if (old != null && !old.task.isDeleted()) {
        tasks.put(key, new Stored(old.task.withDeletedAt(at), old.hash));
        writes.incrementAndGet();
        marked++;
      }
    }
    return marked;
  }

  @Override
  public synchronized ExternalIdPage activeExternalIds(
      IntegrationId integrationId, String cursor, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1");
    }
    TreeMap<String, Boolean> ids = new TreeMap<>();
    tasks.forEach(
        (key, stored) -> {
          if (key.integrationId().equals(integrationId) && !stored.task.isDeleted()) {
            ids.put(key.externalId(), Boolean.TRUE);
          }
        });
    Collection<String> tail = cursor == null ? ids.keySet() : ids.tailMap(cursor, false).keySet();
    List<String> page = new ArrayList<>(limit);
    for (String id : tail) {
      if (page.size() == limit) {
        return new ExternalIdPage(page, page.get(page.size() - 1));
      }
      page.add(id);
    }
    return new ExternalIdPage(page, null);
  }

  @Override
  public synchronized long countActive(IntegrationId integrationId) {
    return tasks.values().stream()
        .filter(s -> s.task.integrationId().equals(integrationId) && !s.task.isDeleted())
        .count();
  }

  @Override
  public synchronized OptionalLong countDeletedSince(IntegrationId integrationId, Instant since) {
    return OptionalLong.of(
        tasks.values().stream()
            .filter(s -> s.task.integrationId().equals(integrationId) && s.task.isDeleted())
            .filter(s -> !s.task.deletedAt().isBefore(since))
            .count());
  }

  @Override
  public synchronized long deleteAll(IntegrationId integrationId) {
    List<TaskKey> doomed =
        tasks.keySet().stream().filter(k -> k.integrationId().equals(integrationId)).toList();
    doomed.forEach(tasks::remove);
    return doomed.size();
  }

  /** How many task writes this store has performed (for tests and benchmarks). */
  public long writes() {
    return writes.get();
  }

  public synchronized int size() {
    return tasks.size();
  }
}
