package io.tasksync.adapter.firestore;

import static io.tasksync.adapter.firestore.TaskFields.DELETED;
import static io.tasksync.adapter.firestore.TaskFields.DELETED_AT;
import static io.tasksync.adapter.firestore.TaskFields.EXTERNAL_ID;
import static io.tasksync.adapter.firestore.TaskFields.INTEGRATION_ID;

import com.google.cloud.firestore.CollectionReference;
import com.google.cloud.firestore.DocumentReference;
import com.google.cloud.firestore.DocumentSnapshot;
import com.google.cloud.firestore.FieldMask;
import com.google.cloud.firestore.Firestore;
import com.google.cloud.firestore.Query;
import com.google.cloud.firestore.QueryDocumentSnapshot;
import com.google.cloud.firestore.QuerySnapshot;
import com.google.cloud.firestore.WriteBatch;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.Task;
import io.tasksync.domain.TaskKey;
import io.tasksync.port.out.ExternalIdPage;
import io.tasksync.port.out.TaskQuery;
import io.tasksync.port.out.TaskSlice;
import io.tasksync.port.out.TaskStore;
import io.tasksync.port.out.UpsertResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;

/** The {@link TaskStore} on Firestore: one document per task in {@code tasks}. */
final class FirestoreTaskStore implements TaskStore {

  private final Firestore db;
  private final CollectionReference tasks;
  private final FirestoreCalls calls;
  private final int batchSize;
  private final BulkUpsert bulk;
  private final TaskListing listing;
  private final AtomicLong writes = new AtomicLong();

  FirestoreTaskStore(
      Firestore db, FirestoreConfig config, FirestoreCalls calls, ExecutorService pool) {
    this.db = db;
    this.tasks = db.collection(TaskFields.COLLECTION);
    this.calls = calls;
    this.batchSize = config.batchSize();
    this.bulk =
        new BulkUpsert(db, calls, pool, config.batchSize(), config.writeParallelism(), writes);
    this.listing = new TaskListing(tasks, calls);
  }

  @Override
  public UpsertResult upsert(List<Task> batch) {
    return batch.isEmpty() ? UpsertResult.NONE : bulk.upsert(batch);
  }

  @Override
  public Optional<Task> get(TaskKey key) {
    DocumentSnapshot doc = calls.await(document(key).get(), "reading a task");
    return doc.exists() ? Optional.of(TaskMapper.fromDocument(doc.getData())) : Optional.empty();
  }

  @Override
  public TaskSlice list(TaskQuery query) {
    return listing.list(query);
  }

  @Override
  public int markDeleted(IntegrationId integrationId, Collection<String> externalIds, Instant at) {
    List<String> ids = new ArrayList<>(new LinkedHashSet<>(externalIds));
    int marked = 0;
    for (int from = 0; from < ids.size(); from += batchSize) {
      List<DocumentReference> refs = new ArrayList<>();
      for (String id : ids.subList(from, Math.min(ids.size(), from + batchSize))) {
        refs.add(document(new TaskKey(integrationId, id)));
      }
      List<DocumentSnapshot> stored =
          calls.await(
              db.getAll(refs.toArray(new DocumentReference[0]), FieldMask.of(DELETED)),
              "reading tasks to mark deleted");
      WriteBatch batch = db.batch();
      int inBatch = 0;
      for (DocumentSnapshot doc : stored) {
        if (doc.exists() && !Boolean.TRUE.equals(doc.getBoolean(DELETED))) {
          batch.update(doc.getReference(), DELETED, true, DELETED_AT, Values.timestamp(at));
          inBatch++;
        }
      }
      if (inBatch > 0) {
        calls.await(batch.commit(), "marking tasks deleted", inBatch);
        writes.addAndGet(inBatch);
        marked += inBatch;
      }
    }
    return marked;
  }

  @Override
  public ExternalIdPage activeExternalIds(IntegrationId integrationId, String cursor, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1");
    }
    Query query = idsQuery(integrationId);
    if (cursor != null) {
      query = query.startAfter(cursor);
    }
    QuerySnapshot page = calls.await(query.limit(limit + 1).get(), "listing task ids");
    List<String> ids = new ArrayList<>(limit);
    for (QueryDocumentSnapshot doc : page.getDocuments()) {
      if (ids.size() == limit) {
        return new ExternalIdPage(ids, ids.get(ids.size() - 1));
      }
      ids.add(doc.getString(EXTERNAL_ID));
    }
    return new ExternalIdPage(ids, null);
  }

  @Override
  public long countActive(IntegrationId integrationId) {
    return calls.await(active(integrationId).count().get(), "counting tasks").getCount();
  }

  @Override
  public OptionalLong countDeletedSince(IntegrationId integrationId, Instant since) {
    return OptionalLong.of(
        calls
            .await(deletedSinceQuery(integrationId, since).count().get(), "counting deleted tasks")
            .getCount());
  }

  @Override
  public long deleteAll(IntegrationId integrationId) {
    Query page = tasks.whereEqualTo(INTEGRATION_ID, integrationId.value()).select(new String[0]);
    long removed = 0;
    while (true) {
      List<QueryDocumentSnapshot> docs =
          calls.await(page.limit(batchSize).get(), "listing tasks to delete").getDocuments();
      if (docs.isEmpty()) {
        return removed;
      }
      WriteBatch batch = db.batch();
      docs.forEach(d -> batch.delete(d.getReference()));
      calls.await(batch.commit(), "deleting tasks");
      removed += docs.size();
    }
  }

  /** How many task documents this store has written since it was opened. */
  long documentWrites() {
    return writes.get();
  }

  /** How many stored task documents the upserts have read to compare content hashes. */
  long hashReads() {
    return bulk.hashReads();
  }

  /** The query that pages through an integration's active ids, before its cursor and limit. */
  Query idsQuery(IntegrationId integrationId) {
    return active(integrationId).orderBy(EXTERNAL_ID).select(EXTERNAL_ID);
  }

  /** The query whose count is {@link #countDeletedSince}. */
  Query deletedSinceQuery(IntegrationId integrationId, Instant since) {
    return tasks
        .whereEqualTo(INTEGRATION_ID, integrationId.value())
        .whereEqualTo(DELETED, true)
        .whereGreaterThanOrEqualTo(DELETED_AT, Values.timestamp(since));
  }

  /** The listing's queries, for checking them against the declared indexes. */
  TaskListing listing() {
    return listing;
  }

  private Query active(IntegrationId integrationId) {
    return tasks.whereEqualTo(INTEGRATION_ID, integrationId.value()).whereEqualTo(DELETED, false);
  }

  private DocumentReference document(TaskKey key) {
    return tasks.document(TaskDocIds.of(key));
  }
}
