package io.tasksync.application;

import io.tasksync.domain.Integration;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.Provider;
import io.tasksync.domain.RunKind;
import io.tasksync.domain.SyncState;
import io.tasksync.port.in.SyncReport;
import io.tasksync.port.in.SyncTasksCommand;
import io.tasksync.port.in.SyncTasksUseCase;
import io.tasksync.port.out.IntegrationStore;
import io.tasksync.port.out.SyncStateStore;
import io.tasksync.port.out.TaskProvider;
import io.tasksync.port.out.TaskStore;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Syncs an integration: checks that it can run, takes its lease and hands the run to a {@link
 * SyncRun} (page by page fetch → upsert → checkpoint, with classified failures, bounded jittered
 * retries that resume from the last checkpoint, and reconciliation of deletions after a complete
 * full listing).
 */
public final class SyncTasksService implements SyncTasksUseCase {

  private final IntegrationStore integrations;
  private final Map<Provider, TaskProvider> providers;
  private final SyncRunContext context;
  private final RunLease lease;
  private final AtomicBoolean stopping = new AtomicBoolean();

  public SyncTasksService(
      IntegrationStore integrations,
      SyncStateStore states,
      TaskStore tasks,
      List<TaskProvider> providers,
      TokenSourceFactory tokens,
      SyncSettings settings,
      Clock clock,
      Sleeper sleeper,
      SyncObserver observer) {
    this.integrations = integrations;
    this.providers = new EnumMap<>(Provider.class);
    providers.forEach(p -> this.providers.put(p.provider(), p));
    this.context =
        new SyncRunContext(
            integrations, states, tasks, tokens, settings, clock, sleeper, observer, stopping::get);
    this.lease = new RunLease(context);
  }

  /** Asks running syncs to stop after their current page; new requests are refused. */
  public void requestStop() {
    stopping.set(true);
  }

  @Override
  public SyncReport sync(SyncTasksCommand command) {
    IntegrationId id = command.integrationId();
    if (stopping.get()) {
      return SyncReport.notRunnable(id, "the service is shutting down");
    }
    Optional<Integration> found = integrations.get(id);
    if (found.isEmpty()) {
      return SyncReport.notRunnable(id, "no such integration");
    }
    Integration integration = found.get();
    if (!integration.status().canSync()) {
      return SyncReport.notRunnable(id, "the integration is " + integration.status());
    }
    TaskProvider provider = providers.get(integration.provider());
    if (provider == null) {
      return SyncReport.notRunnable(
          id, "no provider adapter is configured for " + integration.provider().displayName());
    }
    Optional<SyncState> leased = lease.acquire(id);
    if (leased.isEmpty()) {
      context.observer().leaseConflict(id);
      return SyncReport.leaseHeld(id);
    }
    SyncState state = leased.get();
    if (!state.status().canStartRun()) {
      lease.release(id);
      return SyncReport.notRunnable(id, "the sync is " + state.status());
    }
    boolean resume = state.hasUnfinishedRun();
    SyncRun run = new SyncRun(context, integration, provider, start(state, command.kind()), resume);
    Instant startedAt = context.now();
    context.observer().runStarting(id, integration.provider());
    SyncReport report;
    try {
      report = run.execute();
    } finally {
      lease.releaseQuietly(id);
    }
    context.observer().runFinished(integration.provider(), report);
    context.observer().runEnded(id, integration.provider(), report, startedAt, context.now());
    return report;
  }

  SyncSettings settings() {
    return context.settings();
  }

  private SyncState start(SyncState state, RunKind requested) {
    if (state.hasUnfinishedRun()) {
      return state.resume(context.now());
    }
    RunKind kind =
        requested == RunKind.INCREMENTAL && state.checkpoint().highWaterMark() == null
            ? RunKind.INITIAL
            : requested;
    return state.start(kind, context.now());
  }
}
