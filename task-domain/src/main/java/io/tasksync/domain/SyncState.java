package io.tasksync.domain;

import java.time.Instant;

/**
 * The sync state of one integration: status, kind of run, checkpoint, progress, last error,
 * timestamps and the lease of the worker running it. Transitions are checked by {@link SyncStatus}.
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
        Checkpoint.NONE,
        SyncProgress.ZERO,
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

  /** Starts a new run of {@code kind} from the beginning of the listing. */
  public SyncState start(RunKind kind, Instant now) {
    Require.field(kind, "runKind");
    return new SyncState(
        integrationId,
        status.moveTo(SyncStatus.RUNNING),
        kind,
        checkpoint.startRun(now),
        SyncProgress.ZERO,
        lastError,
        now,
        now,
        null,
        lastSuccessAt,
        nextRunAt,
        lease);
  }

  /** Continues the interrupted run from its checkpoint, keeping its kind and counts. */
  public SyncState resume(Instant now) {
    if (!hasUnfinishedRun()) {
      throw new IllegalStateException("no unfinished run to resume for " + integrationId);
    }
    return new SyncState(
        integrationId,
        status.moveTo(SyncStatus.RUNNING),
        runKind,
        checkpoint,
        progress,
        lastError,
        startedAt,
        now,
        null,
        lastSuccessAt,
        nextRunAt,
        lease);
  }

  /** Records a stored page: the cursor to resume after it and its counts. */
  public SyncState advance(String cursor, SyncProgress pageProgress, Instant now) {
    requireRunning("advance");
    return new SyncState(
        integrationId,
        status,
        runKind,
        checkpoint.advanceTo(cursor),
        progress.plus(pageProgress),
        lastError,
        startedAt,
        now,
        finishedAt,
        lastSuccessAt,
        nextRunAt,
        lease);
  }

  /** Adds counts without moving the cursor (e.g. deletions found by reconciliation). */
  public SyncState count(SyncProgress more, Instant now) {
    requireRunning("count");
    return new SyncState(
        integrationId,
        status,
        runKind,
        checkpoint,
        progress.plus(more),
        lastError,
        startedAt,
        now,
        finishedAt,
        lastSuccessAt,
        nextRunAt,
        lease);
  }

  public SyncState heartbeat(Instant now) {
    requireRunning("heartbeat");
    return withTimes(startedAt, now, finishedAt, lastSuccessAt);
  }

  /** Ends the run green: the checkpoint closes and its start becomes the high-water mark. */
  public SyncState succeed(Instant now) {
    return new SyncState(
        integrationId,
        status.moveTo(SyncStatus.SUCCEEDED),
        runKind,
        checkpoint.completeRun(),
        progress,
        null,
        startedAt,
        now,
        now,
        now,
        nextRunAt,
        lease);
  }

  /**
   * Ends a run whose listing completed but which withheld something (such as deletions over the
   * guard's limit): PARTIAL with the warning, and the checkpoint closes as on success.
   */
  public SyncState completeWithWarning(SyncError warning, Instant now) {
    Require.field(warning, "warning");
    return new SyncState(
        integrationId,
        status.moveTo(SyncStatus.PARTIAL),
        runKind,
        checkpoint.completeRun(),
        progress,
        warning,
        startedAt,
        now,
        now,
        now,
        nextRunAt,
        lease);
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
    return new SyncState(
        integrationId,
        status.moveTo(target),
        runKind,
        checkpoint,
        progress,
        error,
        startedAt,
        now,
        now,
        lastSuccessAt,
        nextRunAt,
        lease);
  }

  /** Stops syncing (disconnect); keeps the checkpoint. */
  public SyncState pause(Instant now) {
    return new SyncState(
        integrationId,
        status.moveTo(SyncStatus.PAUSED),
        runKind,
        checkpoint,
        progress,
        lastError,
        startedAt,
        heartbeatAt,
        status == SyncStatus.RUNNING ? now : finishedAt,
        lastSuccessAt,
        nextRunAt,
        null);
  }

  /** Back to IDLE, e.g. after a reconnect; keeps the checkpoint and the last success. */
  public SyncState reset() {
    return new SyncState(
        integrationId,
        status.moveTo(SyncStatus.IDLE),
        runKind,
        checkpoint,
        progress,
        lastError,
        startedAt,
        heartbeatAt,
        finishedAt,
        lastSuccessAt,
        nextRunAt,
        lease);
  }

  public SyncState withLease(Lease newLease) {
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
        newLease);
  }

  public SyncState withNextRunAt(Instant next) {
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
        next,
        lease);
  }

  private SyncState withTimes(
      Instant started, Instant heartbeat, Instant finished, Instant lastSuccess) {
    return new SyncState(
        integrationId,
        status,
        runKind,
        checkpoint,
        progress,
        lastError,
        started,
        heartbeat,
        finished,
        lastSuccess,
        nextRunAt,
        lease);
  }

  private void requireRunning(String action) {
    if (status != SyncStatus.RUNNING) {
      throw new IllegalStateException("cannot " + action + " a sync that is " + status);
    }
  }
}
