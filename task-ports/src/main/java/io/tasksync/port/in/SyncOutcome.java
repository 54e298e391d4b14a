package io.tasksync.port.in;

/** How a sync request ended. */
public enum SyncOutcome {
  SUCCEEDED,
  /** Some pages were stored, then a failure stopped the run; the next run resumes. */
  PARTIAL,
  FAILED,
  NEEDS_REAUTH,
  /** Stopped on request (shutdown or disconnect) after the last stored page; resumable. */
  STOPPED,
  /** Another worker holds the lease. */
  SKIPPED_LEASE_HELD,
  /** The integration is not connected, paused, or unknown. */
  SKIPPED_NOT_RUNNABLE;

  public boolean ran() {
    return this != SKIPPED_LEASE_HELD && this != SKIPPED_NOT_RUNNABLE;
  }
}
