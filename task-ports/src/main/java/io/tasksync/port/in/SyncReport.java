package io.tasksync.port.in;

import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.RunKind;
import io.tasksync.domain.SyncError;
import io.tasksync.domain.SyncProgress;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of one sync request.
 *
 * @param kind the kind of run that ran, or null when skipped
 * @param resumed whether it continued an interrupted run
 * @param progress the run's counts (cumulative over a resumed run)
 * @param error why it did not succeed, or null
 * @param warnings things the run chose not to do, such as withheld deletions
 * @param reconcileNeeded whether the provider said deletions may have been missed and the run did
 *     not reconcile them itself: a RECONCILE run should follow
 */
public record SyncReport(
    IntegrationId integrationId,
    SyncOutcome outcome,
    RunKind kind,
    boolean resumed,
    SyncProgress progress,
    SyncError error,
    List<String> warnings,
    boolean reconcileNeeded) {

  public SyncReport {
    Objects.requireNonNull(integrationId, "integrationId");
    Objects.requireNonNull(outcome, "outcome");
    progress = progress == null ? SyncProgress.ZERO : progress;
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
  }

  /** A report that asks for no reconciliation. */
  public SyncReport(
      IntegrationId integrationId,
      SyncOutcome outcome,
      RunKind kind,
      boolean resumed,
      SyncProgress progress,
      SyncError error,
      List<String> warnings) {
    this(integrationId, outcome, kind, resumed, progress, error, warnings, false);
  }

  static SyncReport skipped(IntegrationId id, SyncOutcome outcome, String why) {
    return new SyncReport(id, outcome, null, false, SyncProgress.ZERO, null, List.of(why));
  }

  public static SyncReport leaseHeld(IntegrationId id) {
    return skipped(id, SyncOutcome.SKIPPED_LEASE_HELD, "another worker is running this sync");
  }

  public static SyncReport notRunnable(IntegrationId id, String why) {
    return skipped(id, SyncOutcome.SKIPPED_NOT_RUNNABLE, why);
  }
}
