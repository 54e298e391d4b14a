package io.tasksync.adapter.firestore;

/** The collection and field names of task documents. */
final class TaskFields {

  static final String COLLECTION = "tasks";

  static final String ORGANIZATION_ID = "organizationId";
  static final String INTEGRATION_ID = "integrationId";
  static final String PROVIDER = "provider";
  static final String EXTERNAL_ID = "externalId";
  static final String URL = "url";
  static final String TITLE = "title";
  static final String DESCRIPTION = "description";
  static final String STATUS_CATEGORY = "statusCategory";
  static final String RAW_STATUS = "rawStatus";
  static final String PRIORITY_LEVEL = "priorityLevel";
  static final String PRIORITY_RAW = "priorityRaw";
  static final String LABELS = "labels";
  static final String ASSIGNEES = "assignees";
  static final String CREATOR = "creator";
  static final String PROJECT_PATH = "projectPath";
  static final String PARENT_EXTERNAL_ID = "parentExternalId";
  static final String DUE_DATE = "dueDate";
  static final String START_DATE = "startDate";
  static final String CREATED_AT = "createdAt";
  static final String UPDATED_AT = "updatedAt";
  static final String COMPLETED_AT = "completedAt";
  static final String TIME_TRACKED_MINUTES = "timeTrackedMinutes";
  static final String ESTIMATE_VALUE = "estimateValue";
  static final String ESTIMATE_UNIT = "estimateUnit";
  static final String DELETED = "deleted";
  static final String DELETED_AT = "deletedAt";
  static final String LAST_SEEN_AT = "lastSeenAt";
  static final String RAW = "raw";
  static final String RAW_TRUNCATED = "rawTruncated";
  static final String CONTENT_HASH = "contentHash";

  /** Derived search keys, not part of the content hash: see {@code TaskSearch}. */
  static final String TITLE_KEYS = "titleKeys";

  static final String ASSIGNEE_KEYS = "assigneeKeys";
  static final String DUE_DAY = "dueDay";

  static final String PERSON_EXTERNAL_ID = "externalId";
  static final String PERSON_NAME = "name";
  static final String PERSON_EMAIL = "email";

  /** Bounds that keep a task document far below Firestore's 1 MiB limit. */
  static final int MAX_TITLE_BYTES = 8 * 1024;

  static final int MAX_DESCRIPTION_BYTES = 256 * 1024;
  static final int MAX_RAW_BYTES = 256 * 1024;
  static final String TRUNCATION_MARKER = "…[truncated by tasksync]";

  private TaskFields() {}
}
