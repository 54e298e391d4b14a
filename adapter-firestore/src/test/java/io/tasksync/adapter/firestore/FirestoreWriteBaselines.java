package io.tasksync.adapter.firestore;

import com.google.api.core.ApiFuture;
import com.google.cloud.firestore.CollectionReference;
import com.google.cloud.firestore.DocumentReference;
import com.google.cloud.firestore.DocumentSnapshot;
import com.google.cloud.firestore.FieldMask;
import com.google.cloud.firestore.Firestore;
import com.google.cloud.firestore.QueryDocumentSnapshot;
import com.google.cloud.firestore.WriteBatch;
import com.google.cloud.firestore.WriteResult;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.Task;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;

/**
 * The write strategies the bulk upsert is measured against (benchmarks only): the seed system's
 * query-then-sequential-batches pattern, and raw parallel batched writes with no logic.
 */
public final class FirestoreWriteBaselines implements AutoCloseable {

  /** The seed system's commit size. */
  public static final int SEED_BATCH = 400;

  private final Firestore db;
  private final CollectionReference tasks;

  private FirestoreWriteBaselines(Firestore db) {
    this.db = db;
    this.tasks = db.collection(TaskFields.COLLECTION);
  }

  public static FirestoreWriteBaselines open(FirestoreConfig config) {
    return new FirestoreWriteBaselines(FirestoreClients.open(config));
  }

  /** Task documents as the bulk upsert would write them, built ahead of a timed raw write. */
  public static List<Map.Entry<String, Map<String, Object>>> documents(List<Task> input) {
    return input.stream()
        .map(t -> Map.entry(TaskDocIds.of(t.key()), TaskMapper.toDocument(t, t.contentHash())))
        .toList();
  }

  /**
   * The seed system: read every stored task of the integration, then write every given task (found
   * by external id, or under a new auto id) in sequential commits of {@value #SEED_BATCH}.
   *
   * @return how many documents were written
   */
  public int seedPattern(IntegrationId integration, List<Task> input)
      throws ExecutionException, InterruptedException {
    Map<String, DocumentReference> existing = new HashMap<>();
    for (QueryDocumentSnapshot doc :
        tasks.whereEqualTo(TaskFields.INTEGRATION_ID, integration.value()).get().get()) {
      existing.put(doc.getString(TaskFields.EXTERNAL_ID), doc.getReference());
    }
    int written = 0;
    WriteBatch batch = db.batch();
    int inBatch = 0;
    for (Task task : input) {
      DocumentReference ref = existing.getOrDefault(task.externalId(), tasks.document());
      batch.set(ref, TaskMapper.toDocument(task, task.contentHash()));
      if (++inBatch == SEED_BATCH) {
        batch.commit().get();
        written += inBatch;
        batch = db.batch();
        inBatch = 0;
      }
    }
    if (inBatch > 0) {
      batch.commit().get();
      written += inBatch;
    }
    return written;
  }

  /**
   * Writes prepared documents in batches of {@code batchSize}, {@code parallelism} commits in
   * flight, with no reads and no comparison: the ceiling for the bulk upsert.
   */
  public int rawParallelWrites(
      List<Map.Entry<String, Map<String, Object>>> docs, int parallelism, int batchSize)
      throws ExecutionException, InterruptedException {
    Semaphore inFlight = new Semaphore(parallelism);
    List<ApiFuture<List<WriteResult>>> commits = new ArrayList<>();
    for (int from = 0; from < docs.size(); from += batchSize) {
      WriteBatch batch = db.batch();
      for (Map.Entry<String, Map<String, Object>> doc :
          docs.subList(from, Math.min(docs.size(), from + batchSize))) {
        batch.set(tasks.document(doc.getKey()), doc.getValue());
      }
      inFlight.acquire();
      ApiFuture<List<WriteResult>> commit = batch.commit();
      commit.addListener(inFlight::release, Runnable::run);
      commits.add(commit);
    }
    int written = 0;
    for (ApiFuture<List<WriteResult>> commit : commits) {
      written += commit.get().size();
    }
    return written;
  }

  /**
   * Reads the stored content hashes of {@code input} as the bulk upsert does (field-masked getAll
   * batches, {@code parallelism} at once) or, with {@code masked} false, whole documents.
   *
   * @return how many stored documents were found
   */
  public int readHashesByGetAll(List<Task> input, int parallelism, int batchSize, boolean masked)
      throws ExecutionException, InterruptedException {
    Semaphore inFlight = new Semaphore(parallelism);
    List<ApiFuture<List<DocumentSnapshot>>> reads = new ArrayList<>();
    for (int from = 0; from < input.size(); from += batchSize) {
      DocumentReference[] refs =
          input.subList(from, Math.min(input.size(), from + batchSize)).stream()
              .map(t -> tasks.document(TaskDocIds.of(t.key())))
              .toArray(DocumentReference[]::new);
      inFlight.acquire();
      ApiFuture<List<DocumentSnapshot>> read =
          masked
              ? db.getAll(refs, FieldMask.of(TaskFields.CONTENT_HASH, TaskFields.DELETED))
              : db.getAll(refs);
      read.addListener(inFlight::release, Runnable::run);
      reads.add(read);
    }
    int found = 0;
    for (ApiFuture<List<DocumentSnapshot>> read : reads) {
      found += (int) read.get().stream().filter(DocumentSnapshot::exists).count();
    }
    return found;
  }

  /**
   * Reads the stored content hashes of a whole integration with one projected query.
   *
   * @return how many stored documents were found
   */
  public int readHashesByQuery(IntegrationId integration)
      throws ExecutionException, InterruptedException {
    return tasks
        .whereEqualTo(TaskFields.INTEGRATION_ID, integration.value())
        .select(TaskFields.CONTENT_HASH, TaskFields.DELETED)
        .get()
        .get()
        .size();
  }

  @Override
  public void close() throws Exception {
    db.close();
  }
}
