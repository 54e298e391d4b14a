package io.tasksync.domain;

import java.util.EnumSet;
import java.util.Set;

/** Where an integration's sync stands; each status knows which statuses may follow it. */
public enum SyncStatus {
  IDLE {
    @Override
    Set<SyncStatus> next() {
      return EnumSet.of(RUNNING, PAUSED);
    }
  },
  RUNNING {
    @Override
    Set<SyncStatus> next() {
      // RUNNING -> RUNNING: another worker resumes a run whose lease expired.
      return EnumSet.of(RUNNING, SUCCEEDED, PARTIAL, FAILED, NEEDS_REAUTH, PAUSED);
    }
  },
  SUCCEEDED {
    @Override
    Set<SyncStatus> next() {
      return EnumSet.of(RUNNING, PAUSED, IDLE);
    }
  },
  PARTIAL {
    @Override
    Set<SyncStatus> next() {
      return EnumSet.of(RUNNING, PAUSED, IDLE);
    }
  },
  FAILED {
    @Override
    Set<SyncStatus> next() {
      return EnumSet.of(RUNNING, PAUSED, IDLE);
    }
  },
  PAUSED {
    @Override
    Set<SyncStatus> next() {
      return EnumSet.of(IDLE, PAUSED);
    }
  },
  NEEDS_REAUTH {
    @Override
    Set<SyncStatus> next() {
      return EnumSet.of(IDLE, PAUSED, NEEDS_REAUTH);
    }
  };

  abstract Set<SyncStatus> next();

  public boolean canMoveTo(SyncStatus target) {
    return next().contains(target);
  }

  /** Whether a new run may start from this status. */
  public boolean canStartRun() {
    return canMoveTo(RUNNING);
  }

  /**
   * Checks a transition.
   *
   * @throws IllegalStateException naming both statuses when the move is not allowed
   */
  public SyncStatus moveTo(SyncStatus target) {
    if (!canMoveTo(target)) {
      throw new IllegalStateException("sync status cannot move from " + this + " to " + target);
    }
    return target;
  }
}
