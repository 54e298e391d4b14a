package io.tasksync.adapter.firestore;

import io.tasksync.domain.ErrorCategory;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.Provider;
import io.tasksync.domain.RunKind;
import io.tasksync.domain.SyncError;
import io.tasksync.domain.SyncProgress;
import io.tasksync.port.in.SyncOutcome;
import io.tasksync.port.out.RunRecord;
import java.util.HashMap;
import java.util.Map;

/** Maps run records to and from run documents. */
final class RunRecordMapper {

  static final String FINISHED_AT = "finishedAt";

  private RunRecordMapper() {}

  static Map<String, Object> toDocument(RunRecord r) {
    Map<String, Object> doc = new HashMap<>(24);
    doc.put("runId", r.runId());
    doc.put("integrationId", r.integrationId().value());
    doc.put("provider", r.provider().id());
    doc.put("kind", r.kind() == null ? null : r.kind().name());
    doc.put("outcome", r.outcome().name());
    doc.put("resumed", r.resumed());
    doc.put("startedAt", Values.timestamp(r.startedAt()));
    doc.put(FINISHED_AT, Values.timestamp(r.finishedAt()));
    SyncProgress p = r.progress();
    doc.put("fetched", p.fetched());
    doc.put("created", p.created());
    doc.put("updated", p.updated());
    doc.put("unchanged", p.unchanged());
    doc.put("deleted", p.deleted());
    doc.put("failed", p.failed());
    doc.put("errorCategory", r.error() == null ? null : r.error().category().name());
    doc.put("errorMessage", r.error() == null ? null : r.error().message());
    doc.put("errorAt", r.error() == null ? null : Values.timestamp(r.error().at()));
    doc.put("providerRequests", r.providerRequests());
    doc.put("rateLimitedRequests", r.rateLimitedRequests());
    doc.put("warnings", r.warnings());
    doc.put("activeTasks", r.activeTasks());
    doc.put("instanceId", r.instanceId());
    return doc;
  }

  static RunRecord fromDocument(Map<String, Object> doc) {
    String kind = Values.string(doc, "kind");
    String category = Values.string(doc, "errorCategory");
    return new RunRecord(
        Values.string(doc, "runId"),
        IntegrationId.of(Values.string(doc, "integrationId")),
        Provider.fromId(Values.string(doc, "provider")),
        kind == null ? null : RunKind.valueOf(kind),
        SyncOutcome.valueOf(Values.string(doc, "outcome")),
        Boolean.TRUE.equals(doc.get("resumed")),
        Values.instant(doc, "startedAt"),
        Values.instant(doc, FINISHED_AT),
        new SyncProgress(
            Values.count(doc, "fetched"),
            Values.count(doc, "created"),
            Values.count(doc, "updated"),
            Values.count(doc, "unchanged"),
            Values.count(doc, "deleted"),
            Values.count(doc, "failed")),
        category == null
            ? null
            : new SyncError(
                ErrorCategory.valueOf(category),
                Values.string(doc, "errorMessage"),
                Values.instant(doc, "errorAt")),
        Values.count(doc, "providerRequests"),
        Values.count(doc, "rateLimitedRequests"),
        Values.strings(doc, "warnings"),
        Values.count(doc, "activeTasks"),
        Values.string(doc, "instanceId"));
  }
}
