package io.tasksync.adapter.firestore;

import static io.tasksync.adapter.firestore.TaskFields.*;

import io.tasksync.domain.Estimate;
import io.tasksync.domain.EstimateUnit;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.OrganizationId;
import io.tasksync.domain.Person;
import io.tasksync.domain.Priority;
import io.tasksync.domain.PriorityLevel;
import io.tasksync.domain.Provider;
import io.tasksync.domain.RawPayload;
import io.tasksync.domain.StatusCategory;
import io.tasksync.domain.Task;
import io.tasksync.domain.TaskDate;
import io.tasksync.domain.Truncation;
import io.tasksync.port.out.TaskSearch;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps tasks to and from task documents. Title, description and raw payload are bounded (cut with a
 * marker) so a document never nears Firestore's 1 MiB limit; the stored content hash is that of the
 * task as given, so a task that was cut still compares unchanged on its next upsert. The search
 * keys (title word prefixes, assignee keys, due day) are derived from the task and not hashed.
 */
final class TaskMapper {

  private TaskMapper() {}

  static Map<String, Object> toDocument(Task task, String contentHash) {
    Map<String, Object> doc = new HashMap<>(40);
    doc.put(ORGANIZATION_ID, task.organizationId().value());
    doc.put(INTEGRATION_ID, task.integrationId().value());
    doc.put(PROVIDER, task.provider().id());
    doc.put(EXTERNAL_ID, task.externalId());
    doc.put(URL, task.url());
    doc.put(TITLE, Truncation.toUtf8Bytes(task.title(), MAX_TITLE_BYTES, TRUNCATION_MARKER));
    doc.put(
        DESCRIPTION,
        Truncation.toUtf8Bytes(task.description(), MAX_DESCRIPTION_BYTES, TRUNCATION_MARKER));
    doc.put(STATUS_CATEGORY, task.statusCategory().name());
    doc.put(RAW_STATUS, task.rawStatus());
    doc.put(PRIORITY_LEVEL, task.priority().level().name());
    doc.put(PRIORITY_RAW, task.priority().raw());
    doc.put(LABELS, task.labels());
    doc.put(ASSIGNEES, task.assignees().stream().map(TaskMapper::person).toList());
    doc.put(CREATOR, task.creator() == null ? null : person(task.creator()));
    doc.put(PROJECT_PATH, task.projectPath());
    doc.put(PARENT_EXTERNAL_ID, task.parentExternalId());
    doc.put(DUE_DATE, task.dueDate() == null ? null : task.dueDate().iso());
    doc.put(START_DATE, task.startDate() == null ? null : task.startDate().iso());
    doc.put(CREATED_AT, Values.timestamp(task.createdAt()));
    doc.put(UPDATED_AT, Values.timestamp(task.updatedAt()));
    doc.put(COMPLETED_AT, Values.timestamp(task.completedAt()));
    doc.put(TIME_TRACKED_MINUTES, task.timeTrackedMinutes());
    doc.put(ESTIMATE_VALUE, task.estimate() == null ? null : task.estimate().value());
    doc.put(ESTIMATE_UNIT, task.estimate() == null ? null : task.estimate().unit().name());
    doc.put(DELETED, task.isDeleted());
    doc.put(DELETED_AT, Values.timestamp(task.deletedAt()));
    doc.put(LAST_SEEN_AT, Values.timestamp(task.lastSeenAt()));
    RawPayload raw = RawPayload.bounded(task.raw().json(), MAX_RAW_BYTES);
    doc.put(RAW, raw.json());
    doc.put(RAW_TRUNCATED, raw.truncated() || task.raw().truncated());
    doc.put(CONTENT_HASH, contentHash);
    doc.put(TITLE_KEYS, TaskSearch.titleKeys(task.title()));
    doc.put(ASSIGNEE_KEYS, TaskSearch.assigneeKeys(task));
    doc.put(DUE_DAY, task.dueDate() == null ? null : task.dueDate().day().toString());
    return doc;
  }

  static Task fromDocument(Map<String, Object> doc) {
    Object estimateValue = doc.get(ESTIMATE_VALUE);
    String dueDate = Values.string(doc, DUE_DATE);
    String startDate = Values.string(doc, START_DATE);
    return Task.builder(
            OrganizationId.of(Values.string(doc, ORGANIZATION_ID)),
            IntegrationId.of(Values.string(doc, INTEGRATION_ID)),
            Provider.fromId(Values.string(doc, PROVIDER)),
            Values.string(doc, EXTERNAL_ID))
        .url(Values.string(doc, URL))
        .title(Values.string(doc, TITLE))
        .description(Values.string(doc, DESCRIPTION))
        .statusCategory(StatusCategory.valueOf(Values.string(doc, STATUS_CATEGORY)))
        .rawStatus(Values.string(doc, RAW_STATUS))
        .priority(
            Priority.of(
                PriorityLevel.valueOf(Values.string(doc, PRIORITY_LEVEL)),
                Values.string(doc, PRIORITY_RAW)))
        .labels(Values.strings(doc, LABELS))
        .assignees(Values.maps(doc, ASSIGNEES).stream().map(TaskMapper::person).toList())
        .creator(doc.get(CREATOR) == null ? null : person(Values.map(doc, CREATOR)))
        .projectPath(Values.strings(doc, PROJECT_PATH))
        .parentExternalId(Values.string(doc, PARENT_EXTERNAL_ID))
        .dueDate(dueDate == null ? null : TaskDate.parse(dueDate))
        .startDate(startDate == null ? null : TaskDate.parse(startDate))
        .createdAt(Values.instant(doc, CREATED_AT))
        .updatedAt(Values.instant(doc, UPDATED_AT))
        .completedAt(Values.instant(doc, COMPLETED_AT))
        .timeTrackedMinutes(Values.longValue(doc, TIME_TRACKED_MINUTES))
        .estimate(
            estimateValue == null
                ? null
                : new Estimate(
                    ((Number) estimateValue).doubleValue(),
                    EstimateUnit.valueOf(Values.string(doc, ESTIMATE_UNIT))))
        .deletedAt(Values.instant(doc, DELETED_AT))
        .lastSeenAt(Values.instant(doc, LAST_SEEN_AT))
        .raw(rawPayload(doc))
        .build();
  }

  private static RawPayload rawPayload(Map<String, Object> doc) {
    String json = Values.string(doc, RAW);
    if (json == null) {
      return RawPayload.EMPTY;
    }
    return new RawPayload(json, Boolean.TRUE.equals(doc.get(RAW_TRUNCATED)));
  }

  /** A rough upper bound of a document's encoded size, to keep commits under 10 MiB. */
  static long estimatedBytes(Map<String, Object> doc) {
    long bytes = 2_048;
    for (String field : List.of(TITLE, DESCRIPTION, RAW)) {
      Object value = doc.get(field);
      if (value != null) {
        bytes += ((String) value).length() * 3L;
      }
    }
    return bytes;
  }

  private static Map<String, Object> person(Person p) {
    Map<String, Object> map = new HashMap<>(4);
    map.put(PERSON_EXTERNAL_ID, p.externalId());
    map.put(PERSON_NAME, p.name());
    map.put(PERSON_EMAIL, p.email());
    return map;
  }

  private static Person person(Map<String, Object> map) {
    return Person.of(
        Values.string(map, PERSON_EXTERNAL_ID),
        Values.string(map, PERSON_NAME),
        Values.string(map, PERSON_EMAIL));
  }
}
