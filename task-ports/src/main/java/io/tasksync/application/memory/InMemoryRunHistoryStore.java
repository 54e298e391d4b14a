package io.tasksync.application.memory;

import io.tasksync.domain.IntegrationId;
import io.tasksync.port.out.RunHistoryStore;
import io.tasksync.port.out.RunRecord;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The reference {@link RunHistoryStore}: thread-safe, in memory. */
public final class InMemoryRunHistoryStore implements RunHistoryStore {

  private static final Comparator<RunRecord> NEWEST_FIRST =
      Comparator.comparing(RunRecord::finishedAt).thenComparing(RunRecord::runId).reversed();

  private final Map<IntegrationId, TreeSet<RunRecord>> runs = new HashMap<>();
  private final int capacity;

  public InMemoryRunHistoryStore() {
    this(DEFAULT_CAPACITY);
  }

  public InMemoryRunHistoryStore(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1");
    }
    this.capacity = capacity;
  }

  @Override
  public synchronized void append(RunRecord run) {
    TreeSet<RunRecord> kept =
        runs.computeIfAbsent(run.integrationId(), k -> new TreeSet<>(NEWEST_FIRST));
    kept.removeIf(r -> r.runId().equals(run.runId()));
    kept.add(run);
    while (kept.size() > capacity) {
      kept.pollLast();
    }
  }

  @Override
  public synchronized List<RunRecord> recent(IntegrationId integrationId, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1");
    }
    return runs.getOrDefault(integrationId, new TreeSet<>(NEWEST_FIRST)).stream()
        .limit(limit)
        .toList();
  }

  @Override
  public synchronized void deleteAll(IntegrationId integrationId) {
    runs.remove(integrationId);
  }

  @Override
  public int capacity() {
    return capacity;
  }
}
