package io.tasksync.port.out;

import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.RunKind;
import io.tasksync.domain.SyncState;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Keeps one {@link SyncState} per integration and arbitrates the lease on it atomically. */
public interface SyncStateStore {

  /**
   * @throws StoreUnavailableException when the store cannot be read
   */
  Optional<SyncState> get(IntegrationId integrationId);

  /**
   * Writes the state. When the state carries a lease, the write happens only if the stored state
   * carries a lease of the same owner: a worker whose lease was taken over, released or dropped (by
   * pausing) cannot overwrite the state any more; such a write never moves {@code nextRunAt} or
   * {@code nextReconcileAt} back (the later of the stored and the written one is kept), so a
   * worker's stale copy does not undo a {@link #claimDueRun}. A state without a lease is written
   * unconditionally (an administrative change such as pausing, which also stops the run).
   *
   * @throws LeaseLostException when another owner holds the stored lease
   * @throws StoreUnavailableException when the store cannot be written
   */
  void save(SyncState state);

  /**
   * Takes the lease, creating an idle state when none exists. Owner ids are {@link
   * io.tasksync.domain.LeaseOwner} ids, {@code instance/incarnation}. The lease is taken when:
   *
   * <ul>
   *   <li>it is free (never taken, or released);
   *   <li>it has expired ({@code now} is at or after its expiry), whoever holds it;
   *   <li>{@code owner} already holds it (the expiry moves to {@code now + ttl});
   *   <li>another incarnation of {@code owner}'s instance holds it, even unexpired: an instance
   *       runs one process at a time, so that incarnation is dead and its run is resumed at once.
   * </ul>
   *
   * Otherwise (another instance, or an owner id without an incarnation other than {@code owner},
   * holds a live lease) it is refused and nothing is written. Atomic: of two racing owners exactly
   * one wins. The previous holder's later saves and renewals then fail as for any lost lease.
   *
   * @return the state with the new lease, or empty when another owner holds a live lease
   */
  Optional<SyncState> acquireLease(
      IntegrationId integrationId, String owner, Instant now, Duration ttl);

  /**
   * Extends the lease, only for its current owner while it has not been taken over.
   *
   * @return whether the lease was extended
   */
  boolean renewLease(IntegrationId integrationId, String owner, Instant now, Duration ttl);

  /** Drops the lease if {@code owner} holds it; otherwise does nothing. */
  void releaseLease(IntegrationId integrationId, String owner);

  /**
   * Claims the integration's scheduled incremental run: {@link #claimDueRun(IntegrationId, RunKind,
   * Instant, Instant)} for INCREMENTAL.
   */
  default boolean claimDueRun(IntegrationId integrationId, Instant now, Instant next) {
    return claimDueRun(integrationId, RunKind.INCREMENTAL, now, next);
  }

  /**
   * Claims the integration's scheduled run of {@code kind} (INCREMENTAL: {@code nextRunAt},
   * RECONCILE: {@code nextReconcileAt}, see {@link SyncState#nextDueAt}): when that due time is
   * unset or not after {@code now}, moves it to {@code next} (creating an idle state when none
   * exists) and returns true; otherwise returns false with nothing changed. Nothing else in the
   * state changes (lease, checkpoint, status, the other kind's due time). Atomic: of instances
   * racing for one due run exactly one claims it.
   *
   * @throws IllegalArgumentException when {@code kind} is not scheduled (INITIAL)
   * @throws StoreUnavailableException when the store cannot be reached
   */
  boolean claimDueRun(IntegrationId integrationId, RunKind kind, Instant now, Instant next);

  /** Forgets an integration's state. */
  void delete(IntegrationId integrationId);
}
