package io.tasksync.application;

import io.tasksync.domain.ErrorCategory;
import io.tasksync.domain.Integration;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.Lease;
import io.tasksync.domain.Provider;
import io.tasksync.domain.RunKind;
import io.tasksync.domain.SyncError;
import io.tasksync.domain.SyncProgress;
import io.tasksync.domain.SyncState;
import io.tasksync.domain.SyncStatus;
import io.tasksync.port.in.SyncOutcome;
import io.tasksync.port.in.SyncReport;
import io.tasksync.port.in.SyncTasksCommand;
import io.tasksync.port.in.SyncTasksUseCase;
import io.tasksync.port.out.IntegrationStore;
import io.tasksync.port.out.StoreUnavailableException;
import io.tasksync.port.out.SyncStateStore;
import io.tasksync.port.out.TaskProvider;
import io.tasksync.port.out.TaskStore;
import io.tasksync.port.out.TaskSyncException;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a sync: lease, then page by page fetch → upsert → checkpoint, with classified failures,
 * bounded jittered retries that resume from the last checkpoint, and reconciliation of deletions
 * after a complete full listing.
 */
public final class SyncTasksService implements SyncTasksUseCase {

  private static final Logger log = LoggerFactory.getLogger(SyncTasksService.class);

  private final IntegrationStore integrations;
  private final SyncStateStore states;
  private final TaskStore tasks;
  private final Map<Provider, TaskProvider> providers;
  private final TokenSourceFactory tokens;
  private final SyncSettings settings;
  private final Clock clock;
  private final Sleeper sleeper;
  private final SyncObserver observer;
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
    this.states = states;
    this.tasks = tasks;
    this.providers = new EnumMap<>(Provider.class);
    providers.forEach(p -> this.providers.put(p.provider(), p));
    this.tokens = tokens;
    this.settings = settings;
    this.clock = clock;
    this.sleeper = sleeper;
    this.observer = observer;
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
    Optional<SyncState> leased = acquireLease(id);
    if (leased.isEmpty()) {
      observer.leaseConflict(id);
      return SyncReport.leaseHeld(id);
    }
    SyncState state = leased.get();
    if (!state.status().canStartRun()) {
      states.releaseLease(id, settings.owner());
      return SyncReport.notRunnable(id, "the sync is " + state.status());
    }
    boolean resume = state.hasUnfinishedRun();
    SyncRun run = new SyncRun(this, integration, provider, start(state, command.kind()), resume);
    Instant startedAt = clock.instant();
    observer.runStarting(id, integration.provider());
    SyncReport report;
    try {
      report = run.execute();
    } finally {
      releaseQuietly(id);
    }
    observer.runFinished(integration.provider(), report);
    observer.runEnded(id, integration.provider(), report, startedAt, clock.instant());
    return report;
  }

  private SyncState start(SyncState state, RunKind requested) {
    if (state.hasUnfinishedRun()) {
      return state.resume(clock.instant());
    }
    RunKind kind =
        requested == RunKind.INCREMENTAL && state.checkpoint().highWaterMark() == null
            ? RunKind.INITIAL
            : requested;
    return state.start(kind, clock.instant());
  }

  private void releaseQuietly(IntegrationId id) {
    try {
      states.releaseLease(id, settings.owner());
    } catch (RuntimeException e) {
      log.warn("could not release the lease of {}; it expires on its own: {}", id, e.toString());
    }
  }

  IntegrationStore integrations() {
    return integrations;
  }

  SyncStateStore states() {
    return states;
  }

  TaskStore tasks() {
    return tasks;
  }

  TokenSourceFactory tokens() {
    return tokens;
  }

  SyncSettings settings() {
    return settings;
  }

  Clock clock() {
    return clock;
  }

  /**
   * Takes the integration's lease, retrying a store that is briefly unavailable (for example a
   * transaction aborted while a dead process's transaction still holds its lock) with the run's
   * bounded backoff; the last failure is thrown.
   */
  private Optional<SyncState> acquireLease(IntegrationId id) {
    for (int attempt = 1; ; attempt++) {
      try {
        return states.acquireLease(id, settings.owner(), clock.instant(), settings.leaseTtl());
      } catch (StoreUnavailableException e) {
        if (attempt >= settings.maxAttempts() || stopping.get()) {
          throw e;
        }
        try {
          sleeper.sleep(settings.backoff().delay(attempt));
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }

  Sleeper sleeper() {
    return sleeper;
  }

  SyncObserver observer() {
    return observer;
  }

  boolean stopping() {
    return stopping.get();
  }

  /** Saves a state under this worker's lease, renewing the lease with it. */
  SyncState saveLeased(SyncState state) {
    SyncState leased =
        state.withLease(Lease.of(settings.owner(), clock.instant(), settings.leaseTtl()));
    states.save(leased);
    return leased;
  }

  static SyncOutcome outcomeOf(SyncStatus status) {
    switch (status) {
      case SUCCEEDED:
        return SyncOutcome.SUCCEEDED;
      case PARTIAL:
        return SyncOutcome.PARTIAL;
      case NEEDS_REAUTH:
        return SyncOutcome.NEEDS_REAUTH;
      case RUNNING:
        return SyncOutcome.STOPPED;
      default:
        return SyncOutcome.FAILED;
    }
  }

  static SyncError errorOf(RuntimeException e, Instant now) {
    if (e instanceof TaskSyncException) {
      return new SyncError(((TaskSyncException) e).category(), e.getMessage(), now);
    }
    return new SyncError(
        ErrorCategory.BUG, e.getClass().getSimpleName() + ": " + e.getMessage(), now);
  }

  static SyncProgress deletedCount(long n) {
    return new SyncProgress(0, 0, 0, 0, n, 0);
  }
}
