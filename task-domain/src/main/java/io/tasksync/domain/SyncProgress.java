package io.tasksync.domain;

/** Counts of one run: tasks fetched from the provider, and what happened to them in the store. */
public record SyncProgress(
    long fetched, long created, long updated, long unchanged, long deleted, long failed) {

  public static final SyncProgress ZERO = new SyncProgress(0, 0, 0, 0, 0, 0);

  public SyncProgress {
    Require.notNegative(fetched, "fetched");
    Require.notNegative(created, "created");
    Require.notNegative(updated, "updated");
    Require.notNegative(unchanged, "unchanged");
    Require.notNegative(deleted, "deleted");
    Require.notNegative(failed, "failed");
  }

  public SyncProgress plus(SyncProgress other) {
    return new SyncProgress(
        fetched + other.fetched,
        created + other.created,
        updated + other.updated,
        unchanged + other.unchanged,
        deleted + other.deleted,
        failed + other.failed);
  }

  public long written() {
    return created + updated + deleted;
  }
}
