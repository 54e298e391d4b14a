package io.tasksync.port.out;

import io.tasksync.domain.ErrorCategory;
import java.time.Duration;

/** The provider refused a request for its rate limit; retry after the given time. */
public class RateLimitedException extends TaskSyncException {

  private final Duration retryAfter;

  public RateLimitedException(String message, Duration retryAfter) {
    super(message, null);
    this.retryAfter = retryAfter == null || retryAfter.isNegative() ? Duration.ZERO : retryAfter;
  }

  /** How long the provider asked to wait; zero when it did not say. */
  public Duration retryAfter() {
    return retryAfter;
  }

  @Override
  public ErrorCategory category() {
    return ErrorCategory.TRANSIENT;
  }
}
