package io.tasksync.port.out;

import io.tasksync.domain.ErrorCategory;

/** Another worker holds the sync lease this worker thought it had; the run must stop. */
public class LeaseLostException extends TaskSyncException {

  public LeaseLostException(String message) {
    super(message, null);
  }

  @Override
  public ErrorCategory category() {
    return ErrorCategory.TRANSIENT;
  }
}
