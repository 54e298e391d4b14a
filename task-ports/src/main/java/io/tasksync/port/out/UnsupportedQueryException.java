package io.tasksync.port.out;

/** A task query whose filters do not combine (no store could serve it without scanning). */
public final class UnsupportedQueryException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  public UnsupportedQueryException(String message) {
    super(message);
  }
}
