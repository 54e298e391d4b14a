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
 * @param leaseTtl how long a sync lease lives without renewal (each stored page renews it): after
 *     that long without a sign from its holder, another instance takes the run over
 */
public record Schedule(
    int workers,
    Duration incrementalEvery,
    Duration reconcileEvery,
    Duration webhookDebounce,
    String instanceId,
    Duration leaseTtl) {

  private static final Pattern INSTANCE_ID = Pattern.compile("[A-Za-z0-9._-]{1,100}");

  /** The default sync lease: longer than the longest wait between stored pages. */
  public static final Duration DEFAULT_LEASE_TTL = Duration.ofMinutes(2);

  public static final Duration MIN_LEASE_TTL = Duration.ofSeconds(5);
  public static final Duration MAX_LEASE_TTL = Duration.ofHours(1);

  public static final Schedule DEFAULT =
      new Schedule(4, Duration.ofMinutes(5), Duration.ofHours(6), Duration.ofSeconds(2));

  /** A schedule with the default lease. */
  public Schedule(
      int workers,
      Duration incrementalEvery,
      Duration reconcileEvery,
      Duration webhookDebounce,
      String instanceId) {
    this(workers, incrementalEvery, reconcileEvery, webhookDebounce, instanceId, DEFAULT_LEASE_TTL);
  }

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
    if (leaseTtl == null
        || leaseTtl.compareTo(MIN_LEASE_TTL) < 0
        || leaseTtl.compareTo(MAX_LEASE_TTL) > 0) {
      throw new IllegalArgumentException("the sync lease must be 5s..1h, was " + leaseTtl);
    }
  }

  public Schedule withInstanceId(String newInstanceId) {
    return new Schedule(
        workers, incrementalEvery, reconcileEvery, webhookDebounce, newInstanceId, leaseTtl);
  }

  public static boolean isValidInstanceId(String candidate) {
    return INSTANCE_ID.matcher(candidate).matches();
  }
}
