package io.tasksync.domain;

import java.time.Instant;
import java.util.List;

/** Builds a {@link Task}; {@link #build()} validates. */
public final class TaskBuilder {

  private OrganizationId organizationId;
  private IntegrationId integrationId;
  private Provider provider;
  private String externalId;
  private String url;
  private String title;
  private String description;
  private StatusCategory statusCategory;
  private String rawStatus;
  private Priority priority;
  private List<String> labels;
  private List<Person> assignees;
  private Person creator;
  private List<String> projectPath;
  private String parentExternalId;
  private TaskDate dueDate;
  private TaskDate startDate;
  private Instant createdAt;
  private Instant updatedAt;
  private Instant completedAt;
  private Long timeTrackedMinutes;
  private Estimate estimate;
  private Instant deletedAt;
  private Instant lastSeenAt;
  private RawPayload raw;

  TaskBuilder(
      OrganizationId organizationId,
      IntegrationId integrationId,
      Provider provider,
      String externalId) {
    this.organizationId = organizationId;
    this.integrationId = integrationId;
    this.provider = provider;
    this.externalId = externalId;
    this.statusCategory = StatusCategory.TODO;
  }

  TaskBuilder(Task task) {
    this.organizationId = task.organizationId();
    this.integrationId = task.integrationId();
    this.provider = task.provider();
    this.externalId = task.externalId();
    this.url = task.url();
    this.title = task.title();
    this.description = task.description();
    this.statusCategory = task.statusCategory();
    this.rawStatus = task.rawStatus();
    this.priority = task.priority();
    this.labels = task.labels();
    this.assignees = task.assignees();
    this.creator = task.creator();
    this.projectPath = task.projectPath();
    this.parentExternalId = task.parentExternalId();
    this.dueDate = task.dueDate();
    this.startDate = task.startDate();
    this.createdAt = task.createdAt();
    this.updatedAt = task.updatedAt();
    this.completedAt = task.completedAt();
    this.timeTrackedMinutes = task.timeTrackedMinutes();
    this.estimate = task.estimate();
    this.deletedAt = task.deletedAt();
    this.lastSeenAt = task.lastSeenAt();
    this.raw = task.raw();
  }

  public TaskBuilder url(String url) {
    this.url = url;
    return this;
  }

  public TaskBuilder title(String title) {
    this.title = title;
    return this;
  }

  public TaskBuilder description(String description) {
    this.description = description;
    return this;
  }

  public TaskBuilder statusCategory(StatusCategory statusCategory) {
    this.statusCategory = statusCategory;
    return this;
  }

  public TaskBuilder rawStatus(String rawStatus) {
    this.rawStatus = rawStatus;
    return this;
  }

  public TaskBuilder priority(Priority priority) {
    this.priority = priority;
    return this;
  }

  public TaskBuilder labels(List<String> labels) {
    this.labels = labels;
    return this;
  }

  public TaskBuilder assignees(List<Person> assignees) {
    this.assignees = assignees;
    return this;
  }

  public TaskBuilder creator(Person creator) {
    this.creator = creator;
    return this;
  }

  public TaskBuilder projectPath(List<String> projectPath) {
    this.projectPath = projectPath;
    return this;
  }

  public TaskBuilder parentExternalId(String parentExternalId) {
    this.parentExternalId = parentExternalId;
    return this;
  }

  public TaskBuilder dueDate(TaskDate dueDate) {
    this.dueDate = dueDate;
    return this;
  }

  public TaskBuilder startDate(TaskDate startDate) {
    this.startDate = startDate;
    return this;
  }

  public TaskBuilder createdAt(Instant createdAt) {
    this.createdAt = createdAt;
    return this;
  }

  public TaskBuilder updatedAt(Instant updatedAt) {
    this.updatedAt = updatedAt;
    return this;
  }

  public TaskBuilder completedAt(Instant completedAt) {
    this.completedAt = completedAt;
    return this;
  }

  public TaskBuilder timeTrackedMinutes(Long timeTrackedMinutes) {
    this.timeTrackedMinutes = timeTrackedMinutes;
    return this;
  }

  public TaskBuilder estimate(Estimate estimate) {
    this.estimate = estimate;
    return this;
  }

  public TaskBuilder deletedAt(Instant deletedAt) {
    this.deletedAt = deletedAt;
    return this;
  }

  public TaskBuilder lastSeenAt(Instant lastSeenAt) {
    this.lastSeenAt = lastSeenAt;
    return this;
  }

  public TaskBuilder raw(RawPayload raw) {
    this.raw = raw;
    return this;
  }

  public Task build() {
    return new Task(
        organizationId,
        integrationId,
        provider,
        externalId,
        url,
        title,
        description,
        statusCategory,
        rawStatus,
        priority,
        labels,
        assignees,
        creator,
        projectPath,
        parentExternalId,
        dueDate,
        startDate,
        createdAt,
        updatedAt,
        completedAt,
        timeTrackedMinutes,
        estimate,
        deletedAt,
        lastSeenAt,
        raw);
  }
}
