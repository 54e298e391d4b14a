package io.tasksync.domain;

import java.time.Instant;
import java.util.List;

/**
 * One provider task in tasksync's normalized shape: identity, content, dates, effort, lifecycle and
 * a bounded copy of the provider's payload.
 *
 * <p>Required: the identity fields, {@code title}, {@code statusCategory} and {@code updatedAt}.
 * Lists are never null. {@code deletedAt} marks a soft-deleted task.
 */
public record Task(
    OrganizationId organizationId,
    IntegrationId integrationId,
    Provider provider,
    String externalId,
    String url,
    String title,
    String description,
    StatusCategory statusCategory,
    String rawStatus,
    Priority priority,
    List<String> labels,
    List<Person> assignees,
    Person creator,
    List<String> projectPath,
    String parentExternalId,
    TaskDate dueDate,
    TaskDate startDate,
    Instant createdAt,
    Instant updatedAt,
    Instant completedAt,
    Long timeTrackedMinutes,
    Estimate estimate,
    Instant deletedAt,
    Instant lastSeenAt,
    RawPayload raw) {

  public Task {
    Require.field(organizationId, "organizationId");
    Require.field(integrationId, "integrationId");
    Require.field(provider, "provider");
    Require.notBlank(externalId, "externalId");
    title = title == null ? "" : title;
    Require.field(statusCategory, "statusCategory");
    priority = priority == null ? Priority.NONE : priority;
    labels = labels == null ? List.of() : List.copyOf(labels);
    assignees = assignees == null ? List.of() : List.copyOf(assignees);
    projectPath = projectPath == null ? List.of() : List.copyOf(projectPath);
    Require.field(updatedAt, "updatedAt");
    if (timeTrackedMinutes != null) {
      Require.notNegative(timeTrackedMinutes, "timeTrackedMinutes");
    }
    raw = raw == null ? RawPayload.EMPTY : raw;
    url = Require.blankToNull(url);
    description = Require.blankToNull(description);
    rawStatus = Require.blankToNull(rawStatus);
    parentExternalId = Require.blankToNull(parentExternalId);
  }

  public static TaskBuilder builder(
      OrganizationId organizationId,
      IntegrationId integrationId,
      Provider provider,
      String externalId) {
    return new TaskBuilder(organizationId, integrationId, provider, externalId);
  }

  public TaskBuilder toBuilder() {
    return new TaskBuilder(this);
  }

  public TaskKey key() {
    return new TaskKey(integrationId, externalId);
  }

  public boolean isDeleted() {
    return deletedAt != null;
  }

  /** The hash of the normalized content; see {@link ContentHash}. */
  public String contentHash() {
    return ContentHash.of(this);
  }

  public Task withDeletedAt(Instant at) {
    return toBuilder().deletedAt(at).build();
  }

  public Task withLastSeenAt(Instant at) {
    return toBuilder().lastSeenAt(at).build();
  }
}
