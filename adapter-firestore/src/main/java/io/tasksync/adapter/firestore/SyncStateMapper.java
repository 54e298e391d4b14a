package io.tasksync.adapter.firestore;

import io.tasksync.domain.Checkpoint;
import io.tasksync.domain.ErrorCategory;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.Lease;
import io.tasksync.domain.RunKind;
import io.tasksync.domain.SyncError;
import io.tasksync.domain.SyncProgress;
import io.tasksync.domain.SyncState;
import io.tasksync.domain.SyncStatus;
import java.util.HashMap;
import java.util.Map;

/** Maps sync states to and from {@code taskSyncStates/{integrationId}} documents. */
final class SyncStateMapper {

  static final String COLLECTION = "taskSyncStates";

  static final String STATUS = "status";
  static final String RUN_KIND = "runKind";
  static final String CHECKPOINT = "checkpoint";
  static final String CURSOR = "cursor";
  static final String RUN_STARTED_AT = "runStartedAt";
  static final String HIGH_WATER_MARK = "highWaterMark";
  static final String STARTED_EMPTY = "startedEmpty";
  static final String PROGRESS = "progress";
  static final String FETCHED = "fetched";
  static final String CREATED = "created";
  static final String UPDATED = "updated";
  static final String UNCHANGED = "unchanged";
  static final String DELETED = "deleted";
  static final String FAILED = "failed";
  static final String LAST_ERROR = "lastError";
  static final String CATEGORY = "category";
  static final String MESSAGE = "message";
  static final String AT = "at";
  static final String STARTED_AT = "startedAt";
  static final String HEARTBEAT_AT = "heartbeatAt";
  static final String FINISHED_AT = "finishedAt";
  static final String LAST_SUCCESS_AT = "lastSuccessAt";
  static final String NEXT_RUN_AT = "nextRunAt";
  static final String NEXT_RECONCILE_AT = "nextReconcileAt";
  static final String LEASE = "lease";
  static final String OWNER = "owner";
  static final String EXPIRES_AT = "expiresAt";

  private SyncStateMapper() {}

  static Map<String, Object> toDocument(SyncState s) {
    Map<String, Object> doc = new HashMap<>();
    doc.put(STATUS, s.status().name());
    doc.put(RUN_KIND, s.runKind() == null ? null : s.runKind().name());
    Map<String, Object> checkpoint = new HashMap<>();
    checkpoint.put(CURSOR, s.checkpoint().cursor());
    checkpoint.put(RUN_STARTED_AT, Values.timestamp(s.checkpoint().runStartedAt()));
    checkpoint.put(HIGH_WATER_MARK, Values.timestamp(s.checkpoint().highWaterMark()));
    checkpoint.put(STARTED_EMPTY, s.checkpoint().startedEmpty());
    doc.put(CHECKPOINT, checkpoint);
    SyncProgress p = s.progress();
    doc.put(
        PROGRESS,
        Map.of(
            FETCHED, p.fetched(),
            CREATED, p.created(),
            UPDATED, p.updated(),
            UNCHANGED, p.unchanged(),
            DELETED, p.deleted(),
            FAILED, p.failed()));
    doc.put(LAST_ERROR, s.lastError() == null ? null : error(s.lastError()));
    doc.put(STARTED_AT, Values.timestamp(s.startedAt()));
    doc.put(HEARTBEAT_AT, Values.timestamp(s.heartbeatAt()));
    doc.put(FINISHED_AT, Values.timestamp(s.finishedAt()));
    doc.put(LAST_SUCCESS_AT, Values.timestamp(s.lastSuccessAt()));
    doc.put(NEXT_RUN_AT, Values.timestamp(s.nextRunAt()));
    doc.put(NEXT_RECONCILE_AT, Values.timestamp(s.nextReconcileAt()));
    doc.put(LEASE, s.lease() == null ? null : lease(s.lease()));
    return doc;
  }

  static SyncState fromDocument(IntegrationId id, Map<String, Object> doc) {
    Map<String, Object> checkpoint = Values.map(doc, CHECKPOINT);
    Map<String, Object> p = Values.map(doc, PROGRESS);
    String runKind = Values.string(doc, RUN_KIND);
    return new SyncState(
        id,
        SyncStatus.valueOf(Values.string(doc, STATUS)),
        runKind == null ? null : RunKind.valueOf(runKind),
        new Checkpoint(
            Values.string(checkpoint, CURSOR),
            Values.instant(checkpoint, RUN_STARTED_AT),
            Values.instant(checkpoint, HIGH_WATER_MARK),
            Boolean.TRUE.equals(checkpoint.get(STARTED_EMPTY))),
        new SyncProgress(
            Values.count(p, FETCHED),
            Values.count(p, CREATED),
            Values.count(p, UPDATED),
            Values.count(p, UNCHANGED),
            Values.count(p, DELETED),
            Values.count(p, FAILED)),
        error(Values.map(doc, LAST_ERROR)),
        Values.instant(doc, STARTED_AT),
        Values.instant(doc, HEARTBEAT_AT),
        Values.instant(doc, FINISHED_AT),
        Values.instant(doc, LAST_SUCCESS_AT),
        Values.instant(doc, NEXT_RUN_AT),
        Values.instant(doc, NEXT_RECONCILE_AT),
        lease(Values.map(doc, LEASE)));
  }

  /** The field holding when the next scheduled run of {@code kind} is due. */
  static String nextDueField(RunKind kind) {
    return switch (kind) {
      case INCREMENTAL -> NEXT_RUN_AT;
      case RECONCILE -> NEXT_RECONCILE_AT;
      case INITIAL -> throw new IllegalArgumentException("INITIAL runs are not scheduled");
    };
  }

  static Map<String, Object> lease(Lease lease) {
    Map<String, Object> map = new HashMap<>();
    map.put(OWNER, lease.owner());
    map.put(EXPIRES_AT, Values.timestamp(lease.expiresAt()));
    return map;
  }

  static Lease lease(Map<String, Object> map) {
    return map == null
        ? null
        : new Lease(Values.string(map, OWNER), Values.instant(map, EXPIRES_AT));
  }

  private static Map<String, Object> error(SyncError e) {
    Map<String, Object> map = new HashMap<>();
    map.put(CATEGORY, e.category().name());
    map.put(MESSAGE, e.message());
    map.put(AT, Values.timestamp(e.at()));
    return map;
  }

  private static SyncError error(Map<String, Object> map) {
    return map == null
        ? null
        : new SyncError(
            ErrorCategory.valueOf(Values.string(map, CATEGORY)),
            Values.string(map, MESSAGE),
            Values.instant(map, AT));
  }
}
