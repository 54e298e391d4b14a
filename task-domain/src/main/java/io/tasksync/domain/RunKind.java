package io.tasksync.domain;

/** What a sync run does: a first full import, changes since the last run, or a full re-listing. */
public enum RunKind {
  INITIAL,
  INCREMENTAL,
  RECONCILE;

  /** Whether the run lists everything, so tasks it does not see may be gone at the provider. */
  public boolean isFullListing() {
    return this != INCREMENTAL;
  }
}
