package io.tasksync.adapter.asana;

import com.fasterxml.jackson.databind.JsonNode;
import io.tasksync.domain.Estimate;
import io.tasksync.domain.Integration;
import io.tasksync.domain.Person;
import io.tasksync.domain.Priority;
import io.tasksync.domain.PriorityLevel;
import io.tasksync.domain.RawPayload;
import io.tasksync.domain.StatusCategory;
import io.tasksync.domain.Task;
import io.tasksync.domain.TaskDate;
import io.tasksync.kit.Lenient;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Maps an Asana task record (as asked with {@link AsanaFields#TASK}) to a {@link Task}: completed
 * gives DONE, anything else TODO; the raw status is the "Status" custom field's value, else the
 * first section's name; time tracked from {@code actual_time_minutes}; the estimate from a duration
 * custom field (minutes); the project path lists every project in membership order.
 */
final class AsanaTaskMapper {

  private AsanaTaskMapper() {}

  static Task map(JsonNode t, Integration integration) {
    String gid = text(t, "gid");
    Instant modified = instant(t, "modified_at");
    if (gid == null || modified == null) {
      throw new io.tasksync.port.out.UnexpectedPayloadException(
          "Asana returned a task without gid or modified_at");
    }
    boolean completed = Boolean.TRUE.equals(Lenient.flag(t, "completed"));
    return Task.builder(integration.organizationId(), integration.id(), integration.provider(), gid)
        .url(text(t, "permalink_url"))
        .title(Lenient.exactText(t, "name"))
        .description(Lenient.exactText(t, "notes"))
        .statusCategory(completed ? StatusCategory.DONE : StatusCategory.TODO)
        .rawStatus(rawStatus(t, completed))
        .priority(priority(t))
        .labels(names(t, "tags"))
        .assignees(assignees(Lenient.object(t, "assignee")))
        .projectPath(projectPath(t))
        .parentExternalId(text(Lenient.object(t, "parent"), "gid"))
        .dueDate(date(t, "due_at", "due_on"))
        .startDate(date(t, "start_at", "start_on"))
        .createdAt(instant(t, "created_at"))
        .updatedAt(modified)
        .completedAt(completed ? instant(t, "completed_at") : null)
        .timeTrackedMinutes(minutes(t))
        .estimate(estimate(t))
        .raw(RawPayload.of(t.toString()))
        .build();
  }

  /** The project gids of a task, in membership order. */
  static List<String> projectGids(JsonNode t) {
    List<String> out = new ArrayList<>();
    for (JsonNode m : Lenient.items(t, "memberships")) {
      String gid = text(Lenient.object(m, "project"), "gid");
      if (gid != null && !out.contains(gid)) {
        out.add(gid);
      }
    }
    return out;
  }

  private static String rawStatus(JsonNode t, boolean completed) {
    for (JsonNode f : Lenient.items(t, "custom_fields")) {
      String name = text(f, "name");
      String value = text(Lenient.object(f, "enum_value"), "name");
      if (name != null && value != null && name.trim().equalsIgnoreCase("status")) {
        return value;
      }
    }
    for (JsonNode m : Lenient.items(t, "memberships")) {
      String section = text(Lenient.object(m, "section"), "name");
      if (section != null) {
        return section;
      }
    }
    return completed ? "Completed" : "Incomplete";
  }

  private static Priority priority(JsonNode t) {
    for (JsonNode f : Lenient.items(t, "custom_fields")) {
      String name = text(f, "name");
      if (name != null && name.trim().equalsIgnoreCase("priority")) {
        String value = text(Lenient.object(f, "enum_value"), "name");
        if (value == null) {
          return Priority.NONE;
        }
        return Priority.of(level(value), value);
      }
    }
    return Priority.NONE;
  }

  private static PriorityLevel level(String value) {
    String v = value.trim().toLowerCase(Locale.ROOT);
    if (v.contains("urgent") || v.contains("critical") || v.equals("p0")) {
      return PriorityLevel.URGENT;
    }
    if (v.contains("high") || v.equals("p1")) {
      return PriorityLevel.HIGH;
    }
    if (v.contains("med") || v.equals("p2")) {
      return PriorityLevel.MEDIUM;
    }
    if (v.contains("low") || v.equals("p3")) {
      return PriorityLevel.LOW;
    }
    return PriorityLevel.NONE;
  }

  private static Estimate estimate(JsonNode t) {
    for (JsonNode f : Lenient.items(t, "custom_fields")) {
      Double number = Lenient.number(f, "number_value");
      if ("duration".equals(text(f, "format")) && number != null && number >= 0) {
        return Estimate.minutes(number);
      }
    }
    return null;
  }

  private static List<Person> assignees(JsonNode a) {
    String gid = text(a, "gid");
    return gid == null ? List.of() : List.of(Person.of(gid, text(a, "name"), text(a, "email")));
  }

  private static List<String> projectPath(JsonNode t) {
    List<String> out = new ArrayList<>();
    for (JsonNode m : Lenient.items(t, "memberships")) {
      String name = text(Lenient.object(m, "project"), "name");
      if (name != null && !out.contains(name)) {
        out.add(name);
      }
    }
    return out;
  }

  private static List<String> names(JsonNode t, String field) {
    List<String> out = new ArrayList<>();
    for (JsonNode item : Lenient.items(t, field)) {
      String name = text(item, "name");
      if (name != null) {
        out.add(name);
      }
    }
    return out;
  }

  private static Long minutes(JsonNode t) {
    Double minutes = Lenient.number(t, "actual_time_minutes");
    return minutes != null && minutes >= 0 ? Math.round(minutes) : null;
  }

  private static TaskDate date(JsonNode t, String instantField, String dayField) {
    Instant at = instant(t, instantField);
    if (at != null) {
      return TaskDate.at(at);
    }
    LocalDate day = Lenient.date(t, dayField);
    return day == null ? null : TaskDate.onDay(day);
  }

  private static Instant instant(JsonNode t, String field) {
    return Lenient.instant(t, field);
  }

  static String text(JsonNode node, String field) {
    return Lenient.text(node, field);
  }
}
