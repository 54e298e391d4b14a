package io.tasksync.app.config;

import java.time.Duration;

/**
 * How background work runs.
 *
 * @param workers how many syncs run at once
 * @param incrementalEvery how often each connected integration gets an incremental sync
 * @param reconcileEvery how often each gets a full re-listing that finds deletions
 * @param webhookDebounce how long webhook deliveries for one integration are gathered into one sync
 */
public record Schedule(
    int workers, Duration incrementalEvery, Duration reconcileEvery, Duration webhookDebounce) {

  public static final Schedule DEFAULT =
      new Schedule(4, Duration.ofMinutes(5), Duration.ofHours(6), Duration.ofSeconds(2));

  public Schedule {
    if (workers < 1 || workers > 64) {
      throw new IllegalArgumentException("workers must be 1..64, was " + workers);
    }
    if (incrementalEvery.isNegative()
        || incrementalEvery.isZero()
        || reconcileEvery.isNegative()
        || reconcileEvery.isZero()
        || webhookDebounce.isNegative()) {
      throw new IllegalArgumentException("schedule intervals must be positive");
    }
  }
}
