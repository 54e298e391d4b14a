package io.tasksync.benchmarks;

import com.google.firestore.v1.BatchGetDocumentsRequest;
import com.google.firestore.v1.BatchWriteRequest;
import com.google.firestore.v1.CommitRequest;
import com.google.firestore.v1.RunAggregationQueryRequest;
import com.google.firestore.v1.RunQueryRequest;
import com.google.firestore.v1.StructuredQuery;
import com.google.firestore.v1.Write;
import java.util.List;

/** The collection a Firestore request touches (its first document or its query's collection). */
final class FirestoreCollections {

  private FirestoreCollections() {}

  static String of(Object request) {
    if (request instanceof BatchGetDocumentsRequest) {
      List<String> docs = ((BatchGetDocumentsRequest) request).getDocumentsList();
      return docs.isEmpty() ? "(none)" : ofDocument(docs.get(0));
    }
    if (request instanceof CommitRequest) {
      return ofWrites(((CommitRequest) request).getWritesList());
    }
    if (request instanceof BatchWriteRequest) {
      return ofWrites(((BatchWriteRequest) request).getWritesList());
    }
    if (request instanceof RunQueryRequest) {
      return ofQuery(((RunQueryRequest) request).getStructuredQuery());
    }
    if (request instanceof RunAggregationQueryRequest) {
      return ofQuery(
          ((RunAggregationQueryRequest) request)
              .getStructuredAggregationQuery()
              .getStructuredQuery());
    }
    return "(transaction)";
  }

  private static String ofWrites(List<Write> writes) {
    if (writes.isEmpty()) {
      return "(transaction)";
    }
    Write w = writes.get(0);
    return ofDocument(w.hasUpdate() ? w.getUpdate().getName() : w.getDelete());
  }

  private static String ofQuery(StructuredQuery query) {
    return query.getFromCount() == 0 ? "(none)" : query.getFrom(0).getCollectionId();
  }

  /** {@code projects/p/databases/d/documents/tasks/abc} → {@code tasks}. */
  private static String ofDocument(String name) {
    int at = name.indexOf("/documents/");
    if (at < 0) {
      return "(none)";
    }
    String path = name.substring(at + "/documents/".length());
    int slash = path.indexOf('/');
    return slash < 0 ? path : path.substring(0, slash);
  }
}
