package io.tasksync.application.sync;

import java.time.Duration;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * How background work runs.
 *
 * @param workers how many syncs run at once
 * @param incrementalEvery how often each connected integration gets an incremental sync
 * @param reconcileEvery how often each gets a full re-listing that finds deletions
 * @param webhookDebounce how long webhook deliveries for one integration are gathered into one sync
 * @param instanceId this instance's stable identity in sync leases: one live process per id at a
 *     time, so a restarted process with the same id takes back its predecessor's leases at once
 */
public record Schedule(
    int workers,
    Duration incrementalEvery,
    Duration reconcileEvery,
    Duration webhookDebounce,
    String instanceId) {

  private static final Pattern INSTANCE_ID = Pattern.compile("[A-Za-z0-9._-]{1,100}");

  public static final Schedule DEFAULT =
      new Schedule(4, Duration.ofMinutes(5), Duration.ofHours(6), Duration.ofSeconds(2));

  /** A schedule whose instance id is new (unique to this schedule: it takes over no lease). */
  public Schedule(
      int workers, Duration incrementalEvery, Duration reconcileEvery, Duration webhookDebounce) {
    this(
        workers,
        incrementalEvery,
        reconcileEvery,
        webhookDebounce,
        "app-" + UUID.randomUUID().toString().substring(0, 8));
  }

  public Schedule {
    if (instanceId == null || !isValidInstanceId(instanceId)) {
      throw new IllegalArgumentException(
          "instanceId must be 1..100 letters, digits, '.', '_' or '-', was " + instanceId);
    }
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

  public Schedule withInstanceId(String newInstanceId) {
    return new Schedule(workers, incrementalEvery, reconcileEvery, webhookDebounce, newInstanceId);
  }

  public static boolean isValidInstanceId(String candidate) {
    return INSTANCE_ID.matcher(candidate).matches();
  }
}
