package io.tasksync.adapter.linear;

import com.fasterxml.jackson.databind.JsonNode;
import io.tasksync.domain.Estimate;
import io.tasksync.domain.Integration;
import io.tasksync.domain.Person;
import io.tasksync.domain.Priority;
import io.tasksync.domain.PriorityLevel;
import io.tasksync.domain.Provider;
import io.tasksync.domain.RawPayload;
import io.tasksync.domain.StatusCategory;
import io.tasksync.domain.Task;
import io.tasksync.domain.TaskDate;
import io.tasksync.kit.Lenient;
import io.tasksync.port.out.UnexpectedPayloadException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps a Linear issue node (as {@code IssuesPage.graphql} selects it) to a {@link Task}: {@code
 * state.type} to the status category ({@code state.name} kept raw), priority 0-4, estimate in
 * points, team and project as the project path, archived or trashed issues as deleted. Optional
 * fields are read through {@link Lenient}: absent, null or of another type, they read as nothing.
 */
final class LinearIssueMapper {

  private static final Logger log = LoggerFactory.getLogger(LinearIssueMapper.class);

  private LinearIssueMapper() {}

  static Task toTask(JsonNode issue, Integration integration) {
    String id = Lenient.text(issue, "id");
    Instant updatedAt = Lenient.instant(issue, "updatedAt");
    JsonNode state = Lenient.object(issue, "state");
    if (id == null || updatedAt == null || state.isMissingNode()) {
      throw new UnexpectedPayloadException(
          "Linear issue "
              + (id != null ? id : Lenient.text(issue, "identifier"))
              + " lacks its id, updatedAt or state");
    }
    List<String> path = new ArrayList<>();
    for (String container : List.of("team", "project")) {
      String name = Lenient.text(Lenient.object(issue, container), "name");
      if (name != null) {
        path.add(name);
      }
    }
    Instant completedAt = Lenient.instant(issue, "completedAt");
    Double estimate = Lenient.number(issue, "estimate");
    LocalDate due = Lenient.date(issue, "dueDate");
    Instant startedAt = Lenient.instant(issue, "startedAt");
    Person creator = person(Lenient.object(issue, "creator"));
    Person assignee = person(Lenient.object(issue, "assignee"));
    return Task.builder(integration.organizationId(), integration.id(), Provider.LINEAR, id)
        .url(Lenient.text(issue, "url"))
        .title(Lenient.exactText(issue, "title"))
        .description(Lenient.exactText(issue, "description"))
        .statusCategory(category(Lenient.text(state, "type"), id))
        .rawStatus(Lenient.text(state, "name"))
        .priority(priority(Lenient.number(issue, "priority"), Lenient.text(issue, "priorityLabel")))
        .labels(labels(Lenient.object(issue, "labels")))
        .assignees(assignee == null ? List.of() : List.of(assignee))
        .creator(creator)
        .projectPath(path)
        .parentExternalId(Lenient.text(Lenient.object(issue, "parent"), "id"))
        .dueDate(due == null ? null : TaskDate.onDay(due))
        .startDate(startedAt == null ? null : TaskDate.at(startedAt))
        .createdAt(Lenient.instant(issue, "createdAt"))
        .updatedAt(updatedAt)
        .completedAt(completedAt != null ? completedAt : Lenient.instant(issue, "canceledAt"))
        .estimate(estimate == null || estimate < 0 ? null : Estimate.points(estimate))
        .deletedAt(deletedAt(issue, updatedAt))
        .raw(RawPayload.of(issue.toString()))
        .build();
  }

  static StatusCategory category(String type, String id) {
    switch (type == null ? "" : type.toLowerCase(Locale.ROOT)) {
      case "triage":
      case "backlog":
      case "unstarted":
        return StatusCategory.TODO;
      case "started":
        return StatusCategory.IN_PROGRESS;
      case "completed":
        return StatusCategory.DONE;
      case "canceled":
      case "duplicate":
        return StatusCategory.CANCELED;
      default:
        log.warn("Linear issue {} has an unknown state type '{}'; kept as TODO", id, type);
        return StatusCategory.TODO;
    }
  }

  static Priority priority(Double value, String label) {
    int level = value == null ? 0 : value.intValue();
    PriorityLevel normalized;
    switch (level) {
      case 1:
        normalized = PriorityLevel.URGENT;
        break;
      case 2:
        normalized = PriorityLevel.HIGH;
        break;
      case 3:
        normalized = PriorityLevel.MEDIUM;
        break;
      case 4:
        normalized = PriorityLevel.LOW;
        break;
      default:
        normalized = PriorityLevel.NONE;
    }
    return Priority.of(normalized, label != null ? label : Integer.toString(level));
  }

  private static List<String> labels(JsonNode labels) {
    List<String> out = new ArrayList<>();
    for (JsonNode label : Lenient.items(labels, "nodes")) {
      String name = Lenient.text(label, "name");
      if (name != null) {
        out.add(name);
      }
    }
    return out;
  }

  private static Person person(JsonNode user) {
    String id = Lenient.text(user, "id");
    return id == null
        ? null
        : Person.of(id, Lenient.text(user, "name"), Lenient.text(user, "email"));
  }

  private static Instant deletedAt(JsonNode issue, Instant updatedAt) {
    Instant archivedAt = Lenient.instant(issue, "archivedAt");
    if (archivedAt != null) {
      return archivedAt;
    }
    return Boolean.TRUE.equals(Lenient.flag(issue, "trashed")) ? updatedAt : null;
  }
}
