package io.tasksync.port.out;

import io.tasksync.domain.ErrorCategory;

/** The store failed to read or write, after its own retries. */
public class StoreUnavailableException extends TaskSyncException {

  private final long notWritten;

  public StoreUnavailableException(String message, Throwable cause) {
    this(message, 0, cause);
  }

  public StoreUnavailableException(String message, long notWritten, Throwable cause) {
    super(message, cause);
    this.notWritten = notWritten;
  }

  /** How many tasks of the failed call were not written (0 when the call was not a write). */
  public long notWritten() {
    return notWritten;
  }

  @Override
  public ErrorCategory category() {
    return ErrorCategory.TRANSIENT;
  }
}
