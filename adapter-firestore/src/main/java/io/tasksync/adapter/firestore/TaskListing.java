package io.tasksync.adapter.firestore;

import static io.tasksync.adapter.firestore.TaskFields.DELETED;
import static io.tasksync.adapter.firestore.TaskFields.INTEGRATION_ID;
import static io.tasksync.adapter.firestore.TaskFields.ORGANIZATION_ID;
import static io.tasksync.adapter.firestore.TaskFields.STATUS_CATEGORY;
import static io.tasksync.adapter.firestore.TaskFields.UPDATED_AT;

import com.google.cloud.firestore.CollectionReference;
import com.google.cloud.firestore.FieldPath;
import com.google.cloud.firestore.Query;
import com.google.cloud.firestore.QueryDocumentSnapshot;
import io.tasksync.domain.StatusCategory;
import io.tasksync.domain.Task;
import io.tasksync.port.out.TaskQuery;
import io.tasksync.port.out.TaskSlice;
import java.util.List;

/**
 * Pages through tasks ordered by {@code updatedAt} then document id, with cursors (never offsets).
 * The composite indexes these queries need are declared in {@code firestore.indexes.json}.
 */
final class TaskListing {

  private final CollectionReference tasks;
  private final FirestoreCalls calls;

  TaskListing(CollectionReference tasks, FirestoreCalls calls) {
    this.tasks = tasks;
    this.calls = calls;
  }

  TaskSlice list(TaskQuery q) {
    TaskCursor after = q.cursor() == null ? null : TaskCursor.decode(q.cursor());
    Query query = query(q);
    if (after != null) {
      query = query.startAfter(after.updatedAt(), tasks.document(after.docId()));
    }
    List<QueryDocumentSnapshot> docs =
        calls.await(query.limit(q.limit() + 1).get(), "listing tasks").getDocuments();
    boolean more = docs.size() > q.limit();
    List<QueryDocumentSnapshot> page = more ? docs.subList(0, q.limit()) : docs;
    List<Task> found = page.stream().map(d -> TaskMapper.fromDocument(d.getData())).toList();
    if (!more) {
      return new TaskSlice(found, null);
    }
    QueryDocumentSnapshot last = page.get(page.size() - 1);
    return new TaskSlice(
        found, new TaskCursor(last.getTimestamp(UPDATED_AT), last.getId()).encode());
  }

  /** The query of a listing, before its cursor and limit. */
  Query query(TaskQuery q) {
    Query query = tasks.whereEqualTo(ORGANIZATION_ID, q.organizationId().value());
    if (q.integrationId() != null) {
      query = query.whereEqualTo(INTEGRATION_ID, q.integrationId().value());
    }
    if (!q.statuses().isEmpty()) {
      List<String> names = q.statuses().stream().map(StatusCategory::name).sorted().toList();
      query = query.whereIn(STATUS_CATEGORY, List.copyOf(names));
    }
    if (!q.includeDeleted()) {
      query = query.whereEqualTo(DELETED, false);
    }
    if (q.updatedSince() != null) {
      query = query.whereGreaterThanOrEqualTo(UPDATED_AT, Values.timestamp(q.updatedSince()));
    }
    return query.orderBy(UPDATED_AT).orderBy(FieldPath.documentId());
  }
}
