package io.tasksync.application;

import io.tasksync.domain.DeletionGuard;
import java.time.Duration;
import java.util.Objects;

/**
 * How the sync service behaves.
 *
 * @param owner this process's lease owner id, a {@link io.tasksync.domain.LeaseOwner} id ({@code
 *     instance/incarnation}: a stable instance identity and a fresh incarnation per process)
 * @param leaseTtl how long a lease lives without renewal; renewed with every stored page
 * @param maxAttempts consecutive failed attempts at one position before the run gives up
 * @param backoff waits between those attempts
 * @param maxRateLimitWait the longest single wait for a provider's rate-limit reset
 * @param maxRateLimitWaits how many rate-limit waits in a row before the run gives up
 * @param deletionGuard the rule for marking tasks deleted after a full listing
 * @param idPageSize page size when reading stored ids for reconciliation
 */
public record SyncSettings(
    String owner,
    Duration leaseTtl,
    int maxAttempts,
    Backoff backoff,
    Duration maxRateLimitWait,
    int maxRateLimitWaits,
    DeletionGuard deletionGuard,
    int idPageSize) {

  public SyncSettings {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(leaseTtl, "leaseTtl");
    Objects.requireNonNull(backoff, "backoff");
    Objects.requireNonNull(maxRateLimitWait, "maxRateLimitWait");
    Objects.requireNonNull(deletionGuard, "deletionGuard");
    if (maxAttempts < 1 || maxRateLimitWaits < 0 || idPageSize < 1) {
      throw new IllegalArgumentException(
          "maxAttempts and idPageSize must be at least 1, maxRateLimitWaits not negative");
    }
  }

  public SyncSettings withLeaseTtl(Duration newLeaseTtl) {
    return new SyncSettings(
        owner,
        newLeaseTtl,
        maxAttempts,
        backoff,
        maxRateLimitWait,
        maxRateLimitWaits,
        deletionGuard,
        idPageSize);
  }

  public static SyncSettings defaults(String owner) {
    return new SyncSettings(
        owner,
        Duration.ofMinutes(2),
        5,
        Backoff.of(Duration.ofSeconds(1), Duration.ofSeconds(30)),
        Duration.ofSeconds(90),
        20,
        DeletionGuard.DEFAULT,
        1000);
  }
}
