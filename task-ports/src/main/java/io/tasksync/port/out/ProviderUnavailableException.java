package io.tasksync.port.out;

import io.tasksync.domain.ErrorCategory;

/** The provider could not be reached or answered with a server error or timeout. */
public class ProviderUnavailableException extends TaskSyncException {

  public ProviderUnavailableException(String message) {
    super(message, null);
  }

  public ProviderUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public ErrorCategory category() {
    return ErrorCategory.TRANSIENT;
  }
}
