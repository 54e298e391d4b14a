package io.tasksync.kit.http;

import java.time.Duration;

/**
 * A provider's rate-budget algorithm: holds each request of a token back until the budget allows
 * it. {@link ProviderHttp} calls {@link #acquire} before every request and {@link #release} once
 * its answer has been read.
 */
public interface Pacer {

  /** No budget: every request goes at once. */
  Pacer NONE = token -> Duration.ZERO;

  /**
   * Blocks until {@code token} may send one more request.
   *
   * @return how long it waited (zero when it did not)
   * @throws InterruptedException when interrupted while waiting
   * @throws io.tasksync.port.out.RateLimitedException when the budget needs longer than the adapter
   *     waits itself
   */
  Duration acquire(String token) throws InterruptedException;

  /** The request of {@code token} that {@link #acquire} let through has been answered. */
  default void release(String token) {}
}
