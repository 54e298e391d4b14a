package io.tasksync.adapter.firestore;

import com.google.api.gax.rpc.ApiException;
import com.google.api.gax.rpc.StatusCode;
import com.google.cloud.firestore.CollectionReference;
import com.google.cloud.firestore.Firestore;
import com.google.cloud.firestore.FirestoreException;
import com.google.cloud.firestore.WriteBatch;
import io.grpc.Status;
import io.tasksync.domain.Task;
import io.tasksync.port.out.StoreUnavailableException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Commits task documents in commits cut to stay under Firestore's 10 MiB request limit: as plain
 * sets, or as creates that fail atomically when a document already exists.
 */
final class TaskCommits {

  /** Well under the 10 MiB request limit, leaving room for field names and encoding. */
  static final long MAX_COMMIT_BYTES = 8L * 1024 * 1024;

  private final Firestore db;
  private final CollectionReference tasks;
  private final FirestoreCalls calls;
  private final AtomicLong writes;

  TaskCommits(Firestore db, FirestoreCalls calls, AtomicLong writes) {
    this.db = db;
    this.tasks = db.collection(TaskFields.COLLECTION);
    this.calls = calls;
    this.writes = writes;
  }

  /** Writes every document, replacing what is stored. */
  void set(List<Map.Entry<String, Map<String, Object>>> docs) {
    write(docs, false);
  }

  /**
   * Creates the documents, none of which may exist yet.
   *
   * @return how many were created: all of them, or those of the commits before the first commit
   *     that met an existing document (that commit and the later ones wrote nothing)
   */
  int create(List<Map.Entry<String, Map<String, Object>>> docs) {
    return write(docs, true);
  }

  private int write(List<Map.Entry<String, Map<String, Object>>> docs, boolean create) {
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
        Map.Entry<String, Map<String, Object>> doc = docs.get(end);
        if (create) {
          batch.create(tasks.document(doc.getKey()), doc.getValue());
        } else {
          batch.set(tasks.document(doc.getKey()), doc.getValue());
        }
        bytes += size;
        end++;
      }
      try {
        calls.await(batch.commit(), "writing tasks", docs.size() - done);
      } catch (StoreUnavailableException e) {
        if (create && alreadyExists(e.getCause())) {
          return done;
        }
        throw e;
      }
      writes.addAndGet(end - done);
      done = end;
    }
    return done;
  }

  /** Whether a commit failed because a document it was to create exists. */
  static boolean alreadyExists(Throwable cause) {
    if (cause instanceof ApiException) {
      return ((ApiException) cause).getStatusCode().getCode() == StatusCode.Code.ALREADY_EXISTS;
    }
    if (cause instanceof FirestoreException) {
      Status status = ((FirestoreException) cause).getStatus();
      return status != null && status.getCode() == Status.Code.ALREADY_EXISTS;
    }
    return false;
  }

  /** The documents of the batch's tasks, as the store writes them. */
  static List<Map.Entry<String, Map<String, Object>>> documents(
      List<Map.Entry<String, Task>> batch) {
    List<Map.Entry<String, Map<String, Object>>> docs = new ArrayList<>(batch.size());
    for (Map.Entry<String, Task> entry : batch) {
      Task task = entry.getValue();
      docs.add(Map.entry(entry.getKey(), TaskMapper.toDocument(task, task.contentHash())));
    }
    return docs;
  }
}
