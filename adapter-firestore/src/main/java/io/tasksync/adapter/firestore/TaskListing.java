package io.tasksync.adapter.firestore;

import static io.tasksync.adapter.firestore.TaskFields.ASSIGNEE_KEYS;
import static io.tasksync.adapter.firestore.TaskFields.DELETED;
import static io.tasksync.adapter.firestore.TaskFields.DUE_DAY;
import static io.tasksync.adapter.firestore.TaskFields.INTEGRATION_ID;
import static io.tasksync.adapter.firestore.TaskFields.ORGANIZATION_ID;
import static io.tasksync.adapter.firestore.TaskFields.PROVIDER;
import static io.tasksync.adapter.firestore.TaskFields.STATUS_CATEGORY;
import static io.tasksync.adapter.firestore.TaskFields.TITLE_KEYS;
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
 * Pages through tasks with cursors (never offsets): by document id, which never changes, unless a
 * range filter asks for its field's order ({@code updatedAt} or the due day, then document id). The
 * composite indexes these queries need are declared in {@code firestore.indexes.json}.
 */
final class TaskListing {

  private final CollectionReference tasks;
  private final FirestoreCalls calls;

  TaskListing(CollectionReference tasks, FirestoreCalls calls) {
    this.tasks = tasks;
    this.calls = calls;
  }

  TaskSlice list(TaskQuery q) {
    Query query = query(q);
    if (q.cursor() != null) {
      TaskCursor after = TaskCursor.decode(q.cursor(), q.order());
      query =
          q.order() == TaskQuery.Order.KEY
              ? query.startAfter(tasks.document(after.docId()))
              : query.startAfter(after.value(), tasks.document(after.docId()));
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
    Object value =
        switch (q.order()) {
          case KEY -> null;
          case UPDATED_AT -> last.getTimestamp(UPDATED_AT);
          case DUE_DAY -> last.getString(DUE_DAY);
        };
    return new TaskSlice(found, new TaskCursor(q.order(), value, last.getId()).encode());
  }

  /** The query of a listing, before its cursor and limit. */
  Query query(TaskQuery q) {
    Query query = tasks.whereEqualTo(ORGANIZATION_ID, q.organizationId().value());
    if (q.integrationId() != null) {
      query = query.whereEqualTo(INTEGRATION_ID, q.integrationId().value());
    }
    if (q.provider() != null) {
      query = query.whereEqualTo(PROVIDER, q.provider().id());
    }
    if (!q.statuses().isEmpty()) {
      List<String> names = q.statuses().stream().map(StatusCategory::name).sorted().toList();
      query = query.whereIn(STATUS_CATEGORY, List.copyOf(names));
    }
    if (!q.includeDeleted()) {
      query = query.whereEqualTo(DELETED, false);
    }
    if (q.assignee() != null) {
      query = query.whereArrayContains(ASSIGNEE_KEYS, q.assignee());
    }
    if (q.titleWord() != null) {
      query = query.whereArrayContains(TITLE_KEYS, q.titleWord());
    }
    if (q.updatedSince() != null) {
      query = query.whereGreaterThanOrEqualTo(UPDATED_AT, Values.timestamp(q.updatedSince()));
    }
    if (q.dueAfter() != null) {
      query = query.whereGreaterThanOrEqualTo(DUE_DAY, q.dueAfter().toString());
    }
    if (q.dueBefore() != null) {
      query = query.whereLessThanOrEqualTo(DUE_DAY, q.dueBefore().toString());
    }
    return switch (q.order()) {
      case KEY -> query.orderBy(FieldPath.documentId());
      case UPDATED_AT -> query.orderBy(UPDATED_AT).orderBy(FieldPath.documentId());
      case DUE_DAY -> query.orderBy(DUE_DAY).orderBy(FieldPath.documentId());
    };
  }
}
