package io.tasksync.adapter.firestore;

import com.google.cloud.firestore.CollectionReference;
import com.google.cloud.firestore.FieldPath;
import com.google.cloud.firestore.Firestore;
import com.google.cloud.firestore.Query;
import com.google.cloud.firestore.QueryDocumentSnapshot;
import com.google.cloud.firestore.WriteBatch;
import io.tasksync.domain.IntegrationId;
import io.tasksync.port.out.RunHistoryStore;
import io.tasksync.port.out.RunRecord;
import java.util.List;

/**
 * The {@link RunHistoryStore} on Firestore: one document per run in {@code
 * runHistory/{integrationId}/runs}, the oldest beyond the capacity deleted after each append (a
 * count aggregation, then only the surplus is read). Its queries order one field of one
 * subcollection and need no composite index.
 */
final class FirestoreRunHistoryStore implements RunHistoryStore {

  static final String COLLECTION = "runHistory";
  static final String RUNS = "runs";

  private final Firestore db;
  private final FirestoreCalls calls;
  private final int capacity;

  FirestoreRunHistoryStore(Firestore db, FirestoreCalls calls, int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1");
    }
    this.db = db;
    this.calls = calls;
    this.capacity = capacity;
  }

  @Override
  public void append(RunRecord run) {
    CollectionReference runs = runs(run.integrationId());
    calls.await(runs.document(run.runId()).set(RunRecordMapper.toDocument(run)), "storing a run");
    long kept = calls.await(runs.count().get(), "counting runs").getCount();
    if (kept <= capacity) {
      return;
    }
    List<QueryDocumentSnapshot> surplus =
        calls
            .await(
                oldestFirst(runs).select(new String[0]).limit((int) (kept - capacity)).get(),
                "listing old runs")
            .getDocuments();
    WriteBatch batch = db.batch();
    surplus.forEach(d -> batch.delete(d.getReference()));
    calls.await(batch.commit(), "dropping old runs");
  }

  @Override
  public List<RunRecord> recent(IntegrationId integrationId, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1");
    }
    return calls
        .await(newestFirst(integrationId).limit(limit).get(), "listing runs")
        .getDocuments()
        .stream()
        .map(d -> RunRecordMapper.fromDocument(d.getData()))
        .toList();
  }

  @Override
  public void deleteAll(IntegrationId integrationId) {
    List<QueryDocumentSnapshot> docs =
        calls
            .await(runs(integrationId).select(new String[0]).get(), "listing runs to delete")
            .getDocuments();
    for (int from = 0; from < docs.size(); from += 400) {
      WriteBatch batch = db.batch();
      docs.subList(from, Math.min(docs.size(), from + 400))
          .forEach(d -> batch.delete(d.getReference()));
      calls.await(batch.commit(), "deleting runs");
    }
  }

  @Override
  public int capacity() {
    return capacity;
  }

  /** The query of {@link #recent}, before its limit. */
  Query newestFirst(IntegrationId integrationId) {
    return runs(integrationId)
        .orderBy(RunRecordMapper.FINISHED_AT, Query.Direction.DESCENDING)
        .orderBy(FieldPath.documentId(), Query.Direction.DESCENDING);
  }

  private static Query oldestFirst(CollectionReference runs) {
    return runs.orderBy(RunRecordMapper.FINISHED_AT).orderBy(FieldPath.documentId());
  }

  private CollectionReference runs(IntegrationId integrationId) {
    return db.collection(COLLECTION).document(integrationId.value()).collection(RUNS);
  }
}
