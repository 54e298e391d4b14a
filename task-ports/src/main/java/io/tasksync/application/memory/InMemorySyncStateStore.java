package io.tasksync.application.memory;

import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.Lease;
import io.tasksync.domain.RunKind;
import io.tasksync.domain.SyncState;
import io.tasksync.port.out.LeaseLostException;
import io.tasksync.port.out.SyncStateStore;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The reference {@link SyncStateStore}: thread-safe, in memory; one lock makes leases atomic. */
public final class InMemorySyncStateStore implements SyncStateStore {

  private final Map<IntegrationId, SyncState> states = new HashMap<>();

  @Override
  public synchronized Optional<SyncState> get(IntegrationId integrationId) {
    return Optional.ofNullable(states.get(integrationId));
  }

  @Override
  public synchronized void save(SyncState state) {
    SyncState current = states.get(state.integrationId());
    if (state.lease() != null
        && (current == null
            || current.lease() == null
            || !current.lease().owner().equals(state.lease().owner()))) {
      throw new LeaseLostException(
          "the sync lease of "
              + state.integrationId()
              + " is no longer held by "
              + state.lease().owner());
    }
    states.put(
        state.integrationId(), state.lease() == null ? state : state.keepingLaterDueTimes(current));
  }

  @Override
  public synchronized Optional<SyncState> acquireLease(
      IntegrationId integrationId, String owner, Instant now, Duration ttl) {
    SyncState current = states.getOrDefault(integrationId, SyncState.idle(integrationId));
    Lease lease = current.lease();
    if (lease != null && !lease.canBeTakenBy(owner, now)) {
      return Optional.empty();
    }
    SyncState leased = current.withLease(Lease.of(owner, now, ttl));
    states.put(integrationId, leased);
    return Optional.of(leased);
  }

  @Override
  public synchronized boolean renewLease(
      IntegrationId integrationId, String owner, Instant now, Duration ttl) {
    SyncState current = states.get(integrationId);
    if (current == null || current.lease() == null || !current.lease().owner().equals(owner)) {
      return false;
    }
    states.put(integrationId, current.withLease(Lease.of(owner, now, ttl)));
    return true;
  }

  @Override
  public synchronized void releaseLease(IntegrationId integrationId, String owner) {
    SyncState current = states.get(integrationId);
    if (current != null && current.lease() != null && current.lease().owner().equals(owner)) {
      states.put(integrationId, current.withLease(null));
    }
  }

  @Override
  public synchronized boolean claimDueRun(
      IntegrationId integrationId, RunKind kind, Instant now, Instant next) {
    SyncState current = states.getOrDefault(integrationId, SyncState.idle(integrationId));
    Instant due = current.nextDueAt(kind);
    if (due != null && due.isAfter(now)) {
      return false;
    }
    states.put(integrationId, current.withNextDueAt(kind, next));
    return true;
  }

  @Override
  public synchronized void delete(IntegrationId integrationId) {
    states.remove(integrationId);
  }
}
