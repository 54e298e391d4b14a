package io.tasksync.sandbox.asana;

/** An error answer in Asana's shape: {@code {"errors":[{"message":...}]}} with a status. */
final class AsanaError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  final int status;
  final long retryAfterSeconds;

  AsanaError(int status, String message) {
    this(status, message, 0);
  }

  AsanaError(int status, String message, long retryAfterSeconds) {
    super(message, null, false, false);
    this.status = status;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}
