package io.tasksync.port.out;

import io.tasksync.domain.ErrorCategory;

/** The technical failures ports report; each knows how sync should handle it. */
public abstract class TaskSyncException extends RuntimeException {

  protected TaskSyncException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Whether to retry, stop for a person, or fail loudly. */
  public abstract ErrorCategory category();
}
