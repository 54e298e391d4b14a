package io.tasksync.adapter.firestore;

import com.google.cloud.firestore.CollectionReference;
import com.google.cloud.firestore.DocumentReference;
import com.google.cloud.firestore.DocumentSnapshot;
import com.google.cloud.firestore.FieldMask;
import com.google.cloud.firestore.Firestore;
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
 * the new and changed documents. While an integration's batches find only absent documents (a first
 * import), its batches skip the read and are committed as creates, which fail atomically when a
 * document exists after all; such a batch then takes the reading path.
 */
final class BulkUpsert {

  private static final FieldMask HASH_MASK =
      FieldMask.of(TaskFields.CONTENT_HASH, TaskFields.DELETED);

  /** Below this, splitting a call into more parallel batches costs more than it saves. */
  static final int MIN_SPLIT_BATCH = 25;

  private final Firestore db;
  private final CollectionReference tasks;
  private final FirestoreCalls calls;
  private final ExecutorService pool;
  private final TaskCommits commits;
  private final CreateFirstHints hints = new CreateFirstHints();
  private final AtomicLong hashReads = new AtomicLong();
  private final int batchSize;
  private final int parallelism;

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
    this.commits = new TaskCommits(db, calls, writes);
    this.batchSize = batchSize;
    this.parallelism = parallelism;
  }

  /**
   * The batch size for a call of {@code n} tasks: at most {@code batchSize}, and small enough that
   * a sync page (typically 100 tasks) still spreads over the parallel writers.
   */
  static int chunkSize(int n, int batchSize, int parallelism) {
    int spread = (n + parallelism - 1) / parallelism;
    return Math.max(1, Math.min(batchSize, Math.max(MIN_SPLIT_BATCH, spread)));
  }

  /** How many stored documents the upserts have read to compare content hashes. */
  long hashReads() {
    return hashReads.get();
  }

  UpsertResult upsert(List<Task> input) {
    Map<String, Task> lastWins = new LinkedHashMap<>();
    input.forEach(t -> lastWins.put(TaskDocIds.of(t.key()), t));
    List<Map.Entry<String, Task>> entries = new ArrayList<>(lastWins.entrySet());
    probeIfUnknown(entries);
    List<Future<UpsertResult>> batches = new ArrayList<>();
    int chunk = chunkSize(entries.size(), batchSize, parallelism);
    for (int from = 0; from < entries.size(); from += chunk) {
      List<Map.Entry<String, Task>> batch =
          entries.subList(from, Math.min(entries.size(), from + chunk));
      batches.add(pool.submit(() -> upsertBatch(batch)));
    }
    return collect(batches, entries.size());
  }

  /**
   * Reads the stored hashes of the first {@value CreateFirstHints#MIN_EVIDENCE} tasks of a call for
   * an integration not seen yet, or of a call larger than one round of parallel batches while its
   * tasks were last found absent: when none is stored (a first import), every batch is written as
   * creates; otherwise every batch reads first, rather than several large creates failing at once.
   */
  private void probeIfUnknown(List<Map.Entry<String, Task>> entries) {
    int probe = CreateFirstHints.MIN_EVIDENCE;
    String integration = CreateFirstHints.soleIntegration(entries);
    if (integration == null || entries.size() <= probe) {
      return;
    }
    boolean large = entries.size() > (long) parallelism * batchSize;
    if (!hints.unknown(integration) && !(large && hints.createFirst(integration))) {
      return;
    }
    DocumentReference[] refs = new DocumentReference[probe];
    for (int i = 0; i < probe; i++) {
      refs[i] = tasks.document(entries.get(i).getKey());
    }
    List<DocumentSnapshot> stored =
        calls.await(db.getAll(refs, HASH_MASK), "reading the stored content hashes", 0);
    hashReads.addAndGet(probe);
    int absent = (int) stored.stream().filter(s -> !s.exists()).count();
    hints.observed(integration, probe, absent);
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
    String integration = CreateFirstHints.soleIntegration(batch);
    if (integration != null && hints.createFirst(integration)) {
      int created = commits.create(TaskCommits.documents(batch));
      if (created == batch.size()) {
        return new UpsertResult(created, 0, 0);
      }
      hints.existingMet(integration);
      return new UpsertResult(created, 0, 0)
          .plus(readThenWrite(batch.subList(created, batch.size())));
    }
    UpsertResult result = readThenWrite(batch);
    if (integration != null) {
      hints.observed(integration, batch.size(), result.created());
    }
    return result;
  }

  private UpsertResult readThenWrite(List<Map.Entry<String, Task>> batch) {
    DocumentReference[] refs = new DocumentReference[batch.size()];
    for (int i = 0; i < refs.length; i++) {
      refs[i] = tasks.document(batch.get(i).getKey());
    }
    List<DocumentSnapshot> stored =
        calls.await(db.getAll(refs, HASH_MASK), "reading the stored content hashes", batch.size());
    hashReads.addAndGet(refs.length);
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
    commits.set(toWrite);
    return new UpsertResult(created, updated, batch.size() - created - updated);
  }
}
