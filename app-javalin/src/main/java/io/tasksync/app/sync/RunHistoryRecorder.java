package io.tasksync.app.sync;

import io.tasksync.application.SyncObserver;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.Provider;
import io.tasksync.domain.SyncProgress;
import io.tasksync.port.in.SyncReport;
import io.tasksync.port.out.RunHistoryStore;
import io.tasksync.port.out.RunRecord;
import io.tasksync.port.out.StoreUnavailableException;
import io.tasksync.port.out.TaskStore;
import io.tasksync.port.out.TaskSyncException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps every run that ran in the run history, with the provider requests sent while it ran and
 * this instance's id, and passes every event on to {@code next}. A history that cannot be written
 * is logged, never fails the run.
 */
public final class RunHistoryRecorder implements SyncObserver {

  private static final Logger log = LoggerFactory.getLogger(RunHistoryRecorder.class);

  private final SyncObserver next;
  private final RunHistoryStore history;
  private final ProviderRequestCounts counts;
  private final TaskStore tasks;
  private final String instanceId;
  private final Map<IntegrationId, ProviderRequestCounts.Totals> atStart =
      new ConcurrentHashMap<>();

  public RunHistoryRecorder(
      SyncObserver next,
      RunHistoryStore history,
      ProviderRequestCounts counts,
      TaskStore tasks,
      String instanceId) {
    this.next = next;
    this.instanceId = instanceId;
    this.tasks = tasks;
    this.history = history;
    this.counts = counts;
  }

  @Override
  public void runStarting(IntegrationId id, Provider provider) {
    atStart.put(id, counts.totals(provider));
    next.runStarting(id, provider);
  }

  @Override
  public void runEnded(
      IntegrationId id, Provider provider, SyncReport report, Instant startedAt, Instant endedAt) {
    ProviderRequestCounts.Totals start = atStart.remove(id);
    ProviderRequestCounts.Totals sent =
        start == null
            ? new ProviderRequestCounts.Totals(0, 0)
            : counts.totals(provider).minus(start);
    try {
      history.append(
          new RunRecord(
              UUID.randomUUID().toString(),
              id,
              provider,
              report.kind(),
              report.outcome(),
              report.resumed(),
              startedAt,
              endedAt.isBefore(startedAt) ? startedAt : endedAt,
              report.progress() == null ? SyncProgress.ZERO : report.progress(),
              report.error(),
              sent.requests(),
              sent.rateLimited(),
              report.warnings(),
              tasks.countActive(id),
              instanceId));
    } catch (StoreUnavailableException e) {
      log.warn("the run of {} was not kept in the run history: {}", id.value(), e.getMessage());
    }
    next.runEnded(id, provider, report, startedAt, endedAt);
  }

  @Override
  public void pageStored(IntegrationId id, Provider provider, SyncProgress page) {
    next.pageStored(id, provider, page);
  }

  @Override
  public void retrying(IntegrationId id, TaskSyncException cause, int attempt, Duration wait) {
    next.retrying(id, cause, attempt, wait);
  }

  @Override
  public void rateLimitWait(IntegrationId id, Provider provider, Duration wait) {
    next.rateLimitWait(id, provider, wait);
  }

  @Override
  public void leaseConflict(IntegrationId id) {
    next.leaseConflict(id);
  }

  @Override
  public void runFinished(Provider provider, SyncReport report) {
    next.runFinished(provider, report);
  }
}
