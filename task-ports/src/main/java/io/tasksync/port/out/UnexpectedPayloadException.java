package io.tasksync.port.out;

import io.tasksync.domain.ErrorCategory;

/**
 * The provider answered in a shape tasksync does not understand: malformed or truncated JSON,
 * missing fields.
 */
public class UnexpectedPayloadException extends TaskSyncException {

  public UnexpectedPayloadException(String message) {
    super(message, null);
  }

  public UnexpectedPayloadException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public ErrorCategory category() {
    return ErrorCategory.BUG;
  }
}
