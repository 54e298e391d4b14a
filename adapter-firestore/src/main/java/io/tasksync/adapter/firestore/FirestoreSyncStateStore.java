package io.tasksync.adapter.firestore;

import com.google.cloud.firestore.CollectionReference;
import com.google.cloud.firestore.DocumentReference;
import com.google.cloud.firestore.DocumentSnapshot;
import com.google.cloud.firestore.Firestore;
import com.google.cloud.firestore.Precondition;
import com.google.cloud.firestore.Transaction;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.Lease;
import io.tasksync.domain.RunKind;
import io.tasksync.domain.SyncState;
import io.tasksync.port.out.LeaseLostException;
import io.tasksync.port.out.StoreUnavailableException;
import io.tasksync.port.out.SyncStateStore;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;

/**
 * The {@link SyncStateStore} on Firestore: {@code taskSyncStates/{integrationId}}; every lease
 * decision and every leased save is a read-then-write inside one Firestore transaction.
 */
final class FirestoreSyncStateStore implements SyncStateStore {

  private final Firestore db;
  private final CollectionReference states;
  private final FirestoreCalls calls;

  FirestoreSyncStateStore(Firestore db, FirestoreCalls calls) {
    this.db = db;
    this.states = db.collection(SyncStateMapper.COLLECTION);
    this.calls = calls;
  }

  @Override
  public Optional<SyncState> get(IntegrationId integrationId) {
    DocumentSnapshot doc = calls.await(ref(integrationId).get(), "reading a sync state");
    return Optional.ofNullable(stateOf(integrationId, doc));
  }

  @Override
  public void save(SyncState state) {
    DocumentReference ref = ref(state.integrationId());
    if (state.lease() == null) {
      calls.await(ref.set(SyncStateMapper.toDocument(state)), "saving a sync state");
      return;
    }
    String owner = state.lease().owner();
    boolean saved =
        calls.await(
            db.runTransaction(
                tx -> {
                  SyncState current = stateOf(state.integrationId(), tx.get(ref).get());
                  if (current == null
                      || current.lease() == null
                      || !current.lease().owner().equals(owner)) {
                    return false;
                  }
                  tx.set(ref, SyncStateMapper.toDocument(state.keepingLaterDueTimes(current)));
                  return true;
                }),
            "saving a sync state");
    if (!saved) {
      throw new LeaseLostException(
          "the sync lease of " + state.integrationId() + " is no longer held by " + owner);
    }
  }

  @Override
  public Optional<SyncState> acquireLease(
      IntegrationId integrationId, String owner, Instant now, Duration ttl) {
    DocumentReference ref = ref(integrationId);
    SyncState acquired =
        calls.await(
            db.runTransaction(
                tx -> {
                  SyncState current = stateOf(integrationId, tx.get(ref).get());
                  current = current == null ? SyncState.idle(integrationId) : current;
                  Lease lease = current.lease();
                  if (lease != null && !lease.canBeTakenBy(owner, now)) {
                    return null;
                  }
                  SyncState leased = current.withLease(Lease.of(owner, now, ttl));
                  tx.set(ref, SyncStateMapper.toDocument(leased));
                  return leased;
                }),
            "acquiring a sync lease");
    return Optional.ofNullable(acquired);
  }

  /**
   * A read, then a write conditioned on what was read (a create when there was no state, else an
   * update at the read update time): of racing instances only the first write succeeds, without the
   * retries of contended transactions. A claim lost to any other write in between is simply retried
   * on the next tick.
   */
  @Override
  public boolean claimDueRun(IntegrationId integrationId, RunKind kind, Instant now, Instant next) {
    String field = SyncStateMapper.nextDueField(kind);
    DocumentReference ref = ref(integrationId);
    DocumentSnapshot doc = calls.await(ref.get(), "reading a sync state");
    SyncState current = doc.exists() ? stateOf(integrationId, doc) : null;
    Instant due = current == null ? null : current.nextDueAt(kind);
    if (due != null && due.isAfter(now)) {
      return false;
    }
    SyncState claimed =
        (current == null ? SyncState.idle(integrationId) : current).withNextDueAt(kind, next);
    try {
      calls.await(
          current == null
              ? ref.create(SyncStateMapper.toDocument(claimed))
              : ref.update(
                  Map.<String, Object>of(field, Values.timestamp(next)),
                  Precondition.updatedAt(doc.getUpdateTime())),
          "claiming a scheduled sync");
      return true;
    } catch (StoreUnavailableException e) {
      if (TaskCommits.alreadyExists(e.getCause())
          || FirestoreWebhookSecretStore.changedSinceRead(e.getCause())) {
        return false;
      }
      throw e;
    }
  }

  @Override
  public boolean renewLease(IntegrationId integrationId, String owner, Instant now, Duration ttl) {
    DocumentReference ref = ref(integrationId);
    return calls.await(
        db.runTransaction(
            tx -> {
              Lease lease = leaseIn(tx, ref);
              if (lease == null || !lease.owner().equals(owner)) {
                return false;
              }
              tx.update(
                  ref, SyncStateMapper.LEASE, SyncStateMapper.lease(Lease.of(owner, now, ttl)));
              return true;
            }),
        "renewing a sync lease");
  }

  @Override
  public void releaseLease(IntegrationId integrationId, String owner) {
    DocumentReference ref = ref(integrationId);
    calls.await(
        db.runTransaction(
            tx -> {
              Lease lease = leaseIn(tx, ref);
              if (lease != null && lease.owner().equals(owner)) {
                tx.update(ref, SyncStateMapper.LEASE, null);
              }
              return null;
            }),
        "releasing a sync lease");
  }

  @Override
  public void delete(IntegrationId integrationId) {
    calls.await(ref(integrationId).delete(), "deleting a sync state");
  }

  private static Lease leaseIn(Transaction tx, DocumentReference ref)
      throws InterruptedException, ExecutionException {
    DocumentSnapshot doc = tx.get(ref).get();
    return doc.exists()
        ? SyncStateMapper.lease(Values.map(doc.getData(), SyncStateMapper.LEASE))
        : null;
  }

  private static SyncState stateOf(IntegrationId id, DocumentSnapshot doc) {
    return doc.exists() ? SyncStateMapper.fromDocument(id, doc.getData()) : null;
  }

  private DocumentReference ref(IntegrationId integrationId) {
    return states.document(integrationId.value());
  }
}
