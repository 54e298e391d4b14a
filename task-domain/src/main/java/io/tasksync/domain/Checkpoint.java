package io.tasksync.domain;

import java.time.Instant;

/**
 * Where sync stands for an integration.
 *
 * @param cursor the provider's opaque resume position inside an unfinished run, or null
 * @param runStartedAt when the unfinished run began (the next high-water mark), or null
 * @param highWaterMark the start of the last completed run: incremental runs ask for changes since
 *     it; null before the first completed run
 * @param startedEmpty whether the unfinished run is a full listing that began with no active task
 *     stored, so every task stored since came from its own listing (kept across a resume)
 */
public record Checkpoint(
    String cursor, Instant runStartedAt, Instant highWaterMark, boolean startedEmpty) {

  public static final Checkpoint NONE = new Checkpoint(null, null, null, false);

  public Checkpoint {
    cursor = Require.blankToNull(cursor);
    startedEmpty = startedEmpty && runStartedAt != null;
  }

  public Checkpoint(String cursor, Instant runStartedAt, Instant highWaterMark) {
    this(cursor, runStartedAt, highWaterMark, false);
  }

  public boolean hasUnfinishedRun() {
    return runStartedAt != null;
  }

  public Checkpoint startRun(Instant now) {
    return new Checkpoint(null, now, highWaterMark, false);
  }

  /** Marks the unfinished run as a full listing that began with nothing stored. */
  public Checkpoint markStartedEmpty() {
    return new Checkpoint(cursor, runStartedAt, highWaterMark, true);
  }

  public Checkpoint advanceTo(String newCursor) {
    return new Checkpoint(newCursor, runStartedAt, highWaterMark, startedEmpty);
  }

  /** Closes the run: the next incremental run starts from when this one began. */
  public Checkpoint completeRun() {
    Instant mark = runStartedAt == null ? highWaterMark : runStartedAt;
    return new Checkpoint(null, null, mark, false);
  }
}
