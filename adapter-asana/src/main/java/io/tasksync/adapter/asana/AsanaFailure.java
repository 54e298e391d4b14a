package io.tasksync.adapter.asana;

import io.tasksync.port.out.ProviderUnavailableException;
import io.tasksync.port.out.UnexpectedPayloadException;
import java.time.Duration;

/** Failures the adapter handles itself before they reach the ports' exception family. */
final class AsanaFailure {

  private AsanaFailure() {}

  /** A request worth repeating: 429 (with its Retry-After), 5xx, a timeout. */
  static final class Retryable extends ProviderUnavailableException {
    private static final long serialVersionUID = 1L;
    final Duration retryAfter;
    final boolean rateLimited;

    Retryable(String message, Duration retryAfter, boolean rateLimited, Throwable cause) {
      super(message, cause);
      this.retryAfter = retryAfter;
      this.rateLimited = rateLimited;
    }
  }

  /** HTTP 404: the object is gone (or the grant cannot see it). */
  static final class NotFound extends UnexpectedPayloadException {
    private static final long serialVersionUID = 1L;

    NotFound(String message) {
      super(message);
    }
  }

  /** HTTP 400 for an expired pagination offset: the listing must start again. */
  static final class OffsetExpired extends UnexpectedPayloadException {
    private static final long serialVersionUID = 1L;

    OffsetExpired(String message) {
      super(message);
    }
  }

  /** HTTP 412 from the Events API: the sync token is missing or too old; here is a fresh one. */
  static final class SyncTokenExpired extends UnexpectedPayloadException {
    private static final long serialVersionUID = 1L;
    final String freshToken;

    SyncTokenExpired(String freshToken) {
      super("the Events API sync token expired");
      this.freshToken = freshToken;
    }
  }
}
