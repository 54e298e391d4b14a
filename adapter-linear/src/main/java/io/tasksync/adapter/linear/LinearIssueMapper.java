package io.tasksync.adapter.linear;

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
import io.tasksync.port.out.UnexpectedPayloadException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps a Linear issue to a {@link Task}: {@code state.type} to the status category ({@code
 * state.name} kept raw), priority 0-4, estimate in points, team and project as the project path,
 * archived or trashed issues as deleted.
 */
final class LinearIssueMapper {

  private static final Logger log = LoggerFactory.getLogger(LinearIssueMapper.class);

  private LinearIssueMapper() {}

  static Task toTask(LinearIssueJson issue, String rawJson, Integration integration) {
    if (issue.id() == null || issue.updatedAt() == null || issue.state() == null) {
      throw new UnexpectedPayloadException(
          "a Linear issue lacks its id, updatedAt or state (" + issue.identifier() + ")");
    }
    List<String> path = new ArrayList<>();
    if (issue.team() != null) {
      path.add(issue.team().name());
    }
    if (issue.project() != null) {
      path.add(issue.project().name());
    }
    return Task.builder(integration.organizationId(), integration.id(), Provider.LINEAR, issue.id())
        .url(issue.url())
        .title(issue.title())
        .description(issue.description())
        .statusCategory(category(issue.state().type(), issue.id()))
        .rawStatus(issue.state().name())
        .priority(priority(issue.priority(), issue.priorityLabel()))
        .labels(labels(issue.labels()))
        .assignees(issue.assignee() == null ? List.of() : List.of(person(issue.assignee())))
        .creator(issue.creator() == null ? null : person(issue.creator()))
        .projectPath(path)
        .parentExternalId(issue.parent() == null ? null : issue.parent().id())
        .dueDate(dueDate(issue.dueDate(), issue.id()))
        .startDate(issue.startedAt() == null ? null : TaskDate.at(issue.startedAt()))
        .createdAt(issue.createdAt())
        .updatedAt(issue.updatedAt())
        .completedAt(issue.completedAt() != null ? issue.completedAt() : issue.canceledAt())
        .estimate(issue.estimate() == null ? null : Estimate.points(issue.estimate()))
        .deletedAt(deletedAt(issue))
        .raw(RawPayload.of(rawJson))
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

  private static List<String> labels(LinearIssueJson.Labels labels) {
    if (labels == null || labels.nodes() == null) {
      return List.of();
    }
    return labels.nodes().stream().map(LinearIssueJson.Named::name).toList();
  }

  private static Person person(LinearIssueJson.User user) {
    return Person.of(user.id(), user.name(), user.email());
  }

  private static TaskDate dueDate(String date, String id) {
    if (date == null) {
      return null;
    }
    try {
      return TaskDate.onDay(LocalDate.parse(date));
    } catch (DateTimeParseException e) {
      throw new UnexpectedPayloadException(
          "Linear issue " + id + " has a dueDate that is not a date: '" + date + "'", e);
    }
  }

  private static java.time.Instant deletedAt(LinearIssueJson issue) {
    if (issue.archivedAt() != null) {
      return issue.archivedAt();
    }
    return Boolean.TRUE.equals(issue.trashed()) ? issue.updatedAt() : null;
  }
}
