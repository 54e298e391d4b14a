package io.tasksync.domain;

import java.time.Instant;

/** The last failure of an integration's sync, with what to do about it. */
public record SyncError(ErrorCategory category, String message, Instant at) {

  public SyncError {
    Require.field(category, "error.category");
    message = message == null || message.isBlank() ? "(no message)" : message;
    Require.field(at, "error.at");
  }
}
