package io.tasksync.domain;

import java.time.Instant;

/**
 * The sync state of one integration: status, kind of run, checkpoint, progress, last error,
 * timestamps, when the next scheduled incremental and reconcile runs are due, and the lease of the
 * worker running it. Transitions are checked by {@link SyncStatus}.
 */
public record SyncState(
    IntegrationId integrationId,
    SyncStatus status,
    RunKind runKind,
    Checkpoint checkpoint,
    SyncProgress progress,
    SyncError lastError,
    Instant startedAt,
    Instant heartbeatAt,
    Instant finishedAt,
    Instant lastSuccessAt,
    Instant nextRunAt,
    Instant nextReconcileAt,
    Lease lease) {

  public SyncState {
    Require.field(integrationId, "integrationId");
    Require.field(status, "status");
    checkpoint = checkpoint == null ? Checkpoint.NONE : checkpoint;
    progress = progress == null ? SyncProgress.ZERO : progress;
  }

  public static SyncState idle(IntegrationId integrationId) {
    return new SyncState(
        integrationId,
        SyncStatus.IDLE,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  /** Whether the next run should continue an interrupted one rather than start afresh. */
  public boolean hasUnfinishedRun() {
    return checkpoint.hasUnfinishedRun() && runKind != null;
  }

  /**
   * Whether a run is recorded as RUNNING but no live lease backs it (its worker died or stopped,
   * and its heartbeat is older than the lease's expiry): it is stalled until a worker resumes it.
   */
  public boolean isStalledAt(Instant now) {
    return status == SyncStatus.RUNNING && (lease == null || lease.isExpiredAt(now));
  }

  /** Starts a new run of {@code kind} from the beginning of the listing. */
  public SyncState start(RunKind kind, Instant now) {
    Draft d = moveTo(SyncStatus.RUNNING);
    d.runKind = Require.field(kind, "runKind");
    d.checkpoint = checkpoint.startRun(now);
    d.progress = SyncProgress.ZERO;
    d.startedAt = now;
    d.heartbeatAt = now;
    d.finishedAt = null;
    return d.build();
  }

  /** Continues the interrupted run from its checkpoint, keeping its kind and counts. */
  public SyncState resume(Instant now) {
    if (!hasUnfinishedRun()) {
      throw new IllegalStateException("no unfinished run to resume for " + integrationId);
    }
    Draft d = moveTo(SyncStatus.RUNNING);
    d.heartbeatAt = now;
    d.finishedAt = null;
    return d.build();
  }

  /** Records that this full listing began with no active task stored (kept across a resume). */
  public SyncState markStartedEmpty() {
    Draft d = running("mark");
    d.checkpoint = checkpoint.markStartedEmpty();
    return d.build();
  }

  /** Records a stored page: the cursor to resume after it and its counts. */
  public SyncState advance(String cursor, SyncProgress pageProgress, Instant now) {
    Draft d = running("advance");
    d.checkpoint = checkpoint.advanceTo(cursor);
    d.progress = progress.plus(pageProgress);
    d.heartbeatAt = now;
    return d.build();
  }

  /** Adds counts without moving the cursor (e.g. deletions found by reconciliation). */
  public SyncState count(SyncProgress more, Instant now) {
    Draft d = running("count");
    d.progress = progress.plus(more);
    d.heartbeatAt = now;
    return d.build();
  }

  public SyncState heartbeat(Instant now) {
    Draft d = running("heartbeat");
    d.heartbeatAt = now;
    return d.build();
  }

  /** Ends the run green: the checkpoint closes and its start becomes the high-water mark. */
  public SyncState succeed(Instant now) {
    Draft d = moveTo(SyncStatus.SUCCEEDED);
    d.checkpoint = checkpoint.completeRun();
    d.lastError = null;
    d.heartbeatAt = now;
    d.finishedAt = now;
    d.lastSuccessAt = now;
    return d.build();
  }

  /**
   * Ends a run whose listing completed but which withheld something (such as deletions over the
   * guard's limit): PARTIAL with the warning, and the checkpoint closes as on success.
   */
  public SyncState completeWithWarning(SyncError warning, Instant now) {
    Draft d = moveTo(SyncStatus.PARTIAL);
    d.checkpoint = checkpoint.completeRun();
    d.lastError = Require.field(warning, "warning");
    d.heartbeatAt = now;
    d.finishedAt = now;
    d.lastSuccessAt = now;
    return d.build();
  }

  /**
   * Ends the run with an error, keeping the checkpoint so the next run resumes: PARTIAL when some
   * pages were stored, FAILED otherwise, NEEDS_REAUTH when a person must reconnect.
   */
  public SyncState fail(SyncError error, Instant now) {
    Require.field(error, "error");
    SyncStatus target;
    if (error.category() == ErrorCategory.NEEDS_USER) {
      target = SyncStatus.NEEDS_REAUTH;
    } else if (error.category() == ErrorCategory.TRANSIENT && progress.fetched() > 0) {
      target = SyncStatus.PARTIAL;
    } else {
      target = SyncStatus.FAILED;
    }
    Draft d = moveTo(target);
    d.lastError = error;
    d.heartbeatAt = now;
    d.finishedAt = now;
    return d.build();
  }

  /** Stops syncing (disconnect); keeps the checkpoint and drops the lease, stopping a run. */
  public SyncState pause(Instant now) {
    Draft d = moveTo(SyncStatus.PAUSED);
    if (status == SyncStatus.RUNNING) {
      d.finishedAt = now;
    }
    d.lease = null;
    return d.build();
  }

  /** Back to IDLE, e.g. after a reconnect; keeps the checkpoint and the last success. */
  public SyncState reset() {
    return moveTo(SyncStatus.IDLE).build();
  }

  public SyncState withLease(Lease newLease) {
    Draft d = new Draft(this);
    d.lease = newLease;
    return d.build();
  }

  /** The later of two optional instants (null when both are). */
  public static Instant later(Instant one, Instant other) {
    if (one == null || other == null) {
      return one == null ? other : one;
    }
    return one.isAfter(other) ? one : other;
  }

  public SyncState withNextRunAt(Instant next) {
    Draft d = new Draft(this);
    d.nextRunAt = next;
    return d.build();
  }

  /**
   * When the next scheduled run of {@code kind} is due: {@code nextRunAt} for INCREMENTAL, {@code
   * nextReconcileAt} for RECONCILE (INITIAL runs are not scheduled).
   */
  public Instant nextDueAt(RunKind kind) {
    return scheduled(kind) == RunKind.RECONCILE ? nextReconcileAt : nextRunAt;
  }

  /** Sets when the next scheduled run of {@code kind} is due (see {@link #nextDueAt}). */
  public SyncState withNextDueAt(RunKind kind, Instant next) {
    Draft d = new Draft(this);
    if (scheduled(kind) == RunKind.RECONCILE) {
      d.nextReconcileAt = next;
    } else {
      d.nextRunAt = next;
    }
    return d.build();
  }

  /** This state with each scheduled due time the later of its own and {@code other}'s. */
  public SyncState keepingLaterDueTimes(SyncState other) {
    Draft d = new Draft(this);
    d.nextRunAt = later(nextRunAt, other.nextRunAt);
    d.nextReconcileAt = later(nextReconcileAt, other.nextReconcileAt);
    return d.build();
  }

  private static RunKind scheduled(RunKind kind) {
    if (kind != RunKind.INCREMENTAL && kind != RunKind.RECONCILE) {
      throw new IllegalArgumentException(kind + " runs are not scheduled");
    }
    return kind;
  }

  private Draft moveTo(SyncStatus target) {
    Draft d = new Draft(this);
    d.status = status.moveTo(target);
    return d;
  }

  private Draft running(String action) {
    if (status != SyncStatus.RUNNING) {
      throw new IllegalStateException("cannot " + action + " a sync that is " + status);
    }
    return new Draft(this);
  }

  /** A mutable copy, so each transition names only what it changes. */
  private static final class Draft {
    private final IntegrationId integrationId;
    private SyncStatus status;
    private RunKind runKind;
    private Checkpoint checkpoint;
    private SyncProgress progress;
    private SyncError lastError;
    private Instant startedAt;
    private Instant heartbeatAt;
    private Instant finishedAt;
    private Instant lastSuccessAt;
    private Instant nextRunAt;
    private Instant nextReconcileAt;
    private Lease lease;

    Draft(SyncState s) {
      integrationId = s.integrationId;
      status = s.status;
      runKind = s.runKind;
      checkpoint = s.checkpoint;
      progress = s.progress;
      lastError = s.lastError;
      startedAt = s.startedAt;
      heartbeatAt = s.heartbeatAt;
      finishedAt = s.finishedAt;
      lastSuccessAt = s.lastSuccessAt;
      nextRunAt = s.nextRunAt;
      nextReconcileAt = s.nextReconcileAt;
      lease = s.lease;
    }

    SyncState build() {
      return new SyncState(
          integrationId,
          status,
          runKind,
          checkpoint,
          progress,
          lastError,
          startedAt,
          heartbeatAt,
          finishedAt,
          lastSuccessAt,
          nextRunAt,
          nextReconcileAt,
          lease);
    }
  }
}
