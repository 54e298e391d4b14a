package io.tasksync.port.out;

import io.tasksync.domain.ErrorCategory;

/**
 * The grant no longer works: expired beyond refresh, revoked, or missing a scope. A person must
 * reconnect.
 */
public class AuthorizationException extends TaskSyncException {

  /** Why the grant failed. */
  public enum Reason {
    EXPIRED,
    REVOKED,
    MISSING_SCOPE
  }

  private final Reason reason;

  public AuthorizationException(Reason reason, String message) {
    this(reason, message, null);
  }

  public AuthorizationException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }

  @Override
  public ErrorCategory category() {
    return ErrorCategory.NEEDS_USER;
  }
}
