package io.tasksync.adapter.firestore;

import com.google.cloud.firestore.CollectionReference;
import com.google.cloud.firestore.DocumentReference;
import com.google.cloud.firestore.DocumentSnapshot;
import com.google.cloud.firestore.FieldMask;
import com.google.cloud.firestore.Firestore;
import com.google.cloud.firestore.WriteBatch;
import io.tasksync.domain.Task;
import io.tasksync.port.out.StoreUnavailableException;
import io.tasksync.port.out.UpsertResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The bulk upsert: tasks in batches of {@code batchSize}, up to {@code writeParallelism} batches at
 * once. Each batch reads the stored content hashes with one field-masked getAll, then commits only
 * the new and changed documents, in commits cut to stay under Firestore's 10 MiB request limit.
 */
final class BulkUpsert {

  /** Well under the 10 MiB request limit, leaving room for field names and encoding. */
  static final long MAX_COMMIT_BYTES = 8L * 1024 * 1024;

  private static final FieldMask HASH_MASK =
      FieldMask.of(TaskFields.CONTENT_HASH, TaskFields.DELETED);

  private final Firestore db;
  private final CollectionReference tasks;
  private final FirestoreCalls calls;
  private final ExecutorService pool;

  /** Below this, splitting a call into more parallel batches costs more than it saves. */
  static final int MIN_SPLIT_BATCH = 25;

  private final int batchSize;
  private final int parallelism;
  private final AtomicLong writes;

  BulkUpsert(
      Firestore db,
      FirestoreCalls calls,
      ExecutorService pool,
      int batchSize,
      int parallelism,
      AtomicLong writes) {
    this.db = db;
    this.tasks = db.collection(TaskFields.COLLECTION);
    this.calls = calls;
    this.pool = pool;
    this.batchSize = batchSize;
    this.parallelism = parallelism;
    this.writes = writes;
  }

  /**
   * The batch size for a call of {@code n} tasks: at most {@code batchSize}, and small enough that
   * a sync page (typically 100 tasks) still spreads over the parallel writers.
   */
  static int chunkSize(int n, int batchSize, int parallelism) {
    int spread = (n + parallelism - 1) / parallelism;
    return Math.max(1, Math.min(batchSize, Math.max(MIN_SPLIT_BATCH, spread)));
  }

  UpsertResult upsert(List<Task> input) {
    Map<String, Task> lastWins = new LinkedHashMap<>();
    input.forEach(t -> lastWins.put(TaskDocIds.of(t.key()), t));
    List<Map.Entry<String, Task>> entries = new ArrayList<>(lastWins.entrySet());
    List<Future<UpsertResult>> batches = new ArrayList<>();
    int chunk = chunkSize(entries.size(), batchSize, parallelism);
    for (int from = 0; from < entries.size(); from += chunk) {
      List<Map.Entry<String, Task>> batch =
          entries.subList(from, Math.min(entries.size(), from + chunk));
      batches.add(pool.submit(() -> upsertBatch(batch)));
    }
    return collect(batches, entries.size());
  }

  private UpsertResult collect(List<Future<UpsertResult>> batches, int total) {
    UpsertResult result = UpsertResult.NONE;
    long notWritten = 0;
    StoreUnavailableException first = null;
    for (Future<UpsertResult> batch : batches) {
      try {
        result = result.plus(batch.get());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        batches.forEach(b -> b.cancel(true));
        throw new StoreUnavailableException(
            "the upsert was interrupted; its tasks may be partly written", total, e);
      } catch (ExecutionException e) {
        StoreUnavailableException failure = calls.translate(e.getCause(), "upserting tasks", 0);
        notWritten += failure.notWritten();
        first = first == null ? failure : first;
      }
    }
    if (first != null) {
      throw new StoreUnavailableException(
          "Upserting "
              + total
              + " tasks failed: "
              + notWritten
              + " of them were not written. "
              + first.getMessage(),
          notWritten,
          first);
    }
    return result;
  }

  private UpsertResult upsertBatch(List<Map.Entry<String, Task>> batch) {
    DocumentReference[] refs = new DocumentReference[batch.size()];
    for (int i = 0; i < refs.length; i++) {
      refs[i] = tasks.document(batch.get(i).getKey());
    }
    List<DocumentSnapshot> stored =
        calls.await(db.getAll(refs, HASH_MASK), "reading the stored content hashes", batch.size());
    Map<String, DocumentSnapshot> byId = new LinkedHashMap<>();
    stored.forEach(s -> byId.put(s.getId(), s));
    int created = 0;
    int updated = 0;
    List<Map.Entry<String, Map<String, Object>>> toWrite = new ArrayList<>();
    for (Map.Entry<String, Task> entry : batch) {
      Task task = entry.getValue();
      String hash = task.contentHash();
      DocumentSnapshot old = byId.get(entry.getKey());
      boolean exists = old != null && old.exists();
      if (exists
          && hash.equals(old.getString(TaskFields.CONTENT_HASH))
          && task.isDeleted() == Boolean.TRUE.equals(old.getBoolean(TaskFields.DELETED))) {
        continue;
      }
      if (exists) {
        updated++;
      } else {
        created++;
      }
      toWrite.add(Map.entry(entry.getKey(), TaskMapper.toDocument(task, hash)));
    }
    commit(toWrite);
    return new UpsertResult(created, updated, batch.size() - created - updated);
  }

  private void commit(List<Map.Entry<String, Map<String, Object>>> docs) {
    int done = 0;
    while (done < docs.size()) {
      WriteBatch batch = db.batch();
      long bytes = 0;
      int end = done;
      while (end < docs.size()) {
        long size = TaskMapper.estimatedBytes(docs.get(end).getValue());
        if (end > done && bytes + size > MAX_COMMIT_BYTES) {
          break;
        }
        batch.set(tasks.document(docs.get(end).getKey()), docs.get(end).getValue());
        bytes += size;
        end++;
      }
      calls.await(batch.commit(), "writing tasks", docs.size() - done);
      writes.addAndGet(end - done);
      done = end;
    }
  }
}
