package io.tasksync.kit.http;

import java.time.Duration;

/**
 * A provider's rate-budget algorithm: holds each request back until the budget it draws on allows
 * it. A budget is named by a key: the call's budget key (such as the grant), or else the access
 * token. {@link ProviderHttp} calls {@link #acquire} before every request and {@link #release} once
 * its answer has been read.
 */
public interface Pacer {

  /** No budget: every request goes at once. */
  Pacer NONE = key -> Duration.ZERO;

  /**
   * Blocks until the budget {@code key} allows one more request.
   *
   * @return how long it waited (zero when it did not)
   * @throws InterruptedException when interrupted while waiting
   * @throws io.tasksync.port.out.RateLimitedException when the budget needs longer than the adapter
   *     waits itself
   */
  Duration acquire(String key) throws InterruptedException;

  /** The request that {@link #acquire} let through for {@code key} has been answered. */
  default void release(String key) {}
}
