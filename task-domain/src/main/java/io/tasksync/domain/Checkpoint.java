package io.tasksync.domain;

import java.time.Instant;

/**
 * Where sync stands for an integration.
 *
 * @param cursor the provider's opaque resume position inside an unfinished run, or null
 * @param runStartedAt when the unfinished run began (the next high-water mark), or null
 * @param highWaterMark the start of the last completed run: incremental runs ask for changes since
 *     it; null before the first completed run
 */
public record Checkpoint(String cursor, Instant runStartedAt, Instant highWaterMark) {

  public static final Checkpoint NONE = new Checkpoint(null, null, null);

  public Checkpoint {
    cursor = Require.blankToNull(cursor);
  }

  public boolean hasUnfinishedRun() {
    return runStartedAt != null;
  }

  public Checkpoint startRun(Instant now) {
    return new Checkpoint(null, now, highWaterMark);
  }

  public Checkpoint advanceTo(String newCursor) {
    return new Checkpoint(newCursor, runStartedAt, highWaterMark);
  }

  /** Closes the run: the next incremental run starts from when this one began. */
  public Checkpoint completeRun() {
    Instant mark = runStartedAt == null ? highWaterMark : runStartedAt;
    return new Checkpoint(null, null, mark);
  }
}
