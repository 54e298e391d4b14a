package io.tasksync.adapter.clickup;

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
import io.tasksync.port.out.UnexpectedPayloadException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Maps one ClickUp task object (the shape of {@code GET /team/{team_id}/task}) to a {@link Task}.
 * Timestamps are strings of epoch milliseconds; {@code time_estimate} is milliseconds.
 */
final class ClickUpTaskMapper {

  /**
   * What a task needs from outside its own JSON.
   *
   * @param spaceNames space id to name (the task carries only the space id)
   * @param trackedMillis task id to time tracked in ms, or null when time is not imported
   */
  record Context(
      Integration integration,
      Map<String, String> spaceNames,
      Map<String, Long> trackedMillis,
      int rawMaxBytes) {}

  private ClickUpTaskMapper() {}

  static Task map(JsonNode t, Context ctx) {
    String id = text(t, "id");
    if (id == null || id.isBlank()) {
      throw new UnexpectedPayloadException("a ClickUp task has no id: " + snippet(t));
    }
    JsonNode status = t.path("status");
    if (!status.isObject()) {
      throw new UnexpectedPayloadException("ClickUp task " + id + " has no status object");
    }
    Instant updated = millis(t, "date_updated", id);
    if (updated == null) {
      throw new UnexpectedPayloadException("ClickUp task " + id + " has no date_updated");
    }
    Integration in = ctx.integration();
    Instant done = millis(t, "date_done", id);
    return Task.builder(in.organizationId(), in.id(), in.provider(), id)
        .url(text(t, "url"))
        .title(text(t, "name"))
        .description(description(t))
        .statusCategory(category(text(status, "type")))
        .rawStatus(text(status, "status"))
        .priority(priority(t.path("priority")))
        .labels(tags(t.path("tags")))
        .assignees(people(t.path("assignees")))
        .creator(person(t.path("creator")))
        .projectPath(path(t, ctx.spaceNames()))
        .parentExternalId(text(t, "parent"))
        .dueDate(date(t, "due_date", "due_date_time", id))
        .startDate(date(t, "start_date", "start_date_time", id))
        .createdAt(millis(t, "date_created", id))
        .updatedAt(updated)
        .completedAt(done != null ? done : millis(t, "date_closed", id))
        .timeTrackedMinutes(tracked(t, id, ctx.trackedMillis()))
        .estimate(estimate(t, id))
        .raw(RawPayload.bounded(t.toString(), ctx.rawMaxBytes()))
        .build();
  }

  static StatusCategory category(String type) {
    if (type == null) {
      return StatusCategory.TODO;
    }
    switch (type) {
      case "closed":
      case "done":
        return StatusCategory.DONE;
      case "custom":
        return StatusCategory.IN_PROGRESS;
      default:
        return StatusCategory.TODO;
    }
  }

  /** {@code {"id": "1".."4", "priority": "urgent"|...}}; the OAS example shows a bare number. */
  static Priority priority(JsonNode p) {
    if (p == null || p.isNull() || p.isMissingNode()) {
      return Priority.NONE;
    }
    String id = p.isObject() ? text(p, "id") : p.asText();
    String raw = p.isObject() ? text(p, "priority") : p.asText();
    PriorityLevel level;
    switch (id == null ? "" : id.trim()) {
      case "1":
        level = PriorityLevel.URGENT;
        break;
      case "2":
        level = PriorityLevel.HIGH;
        break;
      case "3":
        level = PriorityLevel.MEDIUM;
        break;
      case "4":
        level = PriorityLevel.LOW;
        break;
      default:
        level = PriorityLevel.NONE;
    }
    return Priority.of(level, raw);
  }

  private static String description(JsonNode t) {
    String plain = text(t, "text_content");
    return plain != null && !plain.isBlank() ? plain : text(t, "description");
  }

  private static List<String> tags(JsonNode tags) {
    List<String> out = new ArrayList<>();
    for (JsonNode tag : tags) {
      String name = tag.isObject() ? text(tag, "name") : tag.asText(null);
      if (name != null && !name.isBlank()) {
        out.add(name);
      }
    }
    return out;
  }

  private static List<Person> people(JsonNode people) {
    List<Person> out = new ArrayList<>();
    for (JsonNode p : people) {
      Person person = person(p);
      if (person != null) {
        out.add(person);
      }
    }
    return out;
  }

  private static Person person(JsonNode p) {
    if (p == null || !p.isObject() || p.path("id").isMissingNode() || p.path("id").isNull()) {
      return null;
    }
    return Person.of(p.path("id").asText(), text(p, "username"), text(p, "email"));
  }

  /** Space > folder > list; a folderless list sits in a hidden folder, which is left out. */
  private static List<String> path(JsonNode t, Map<String, String> spaceNames) {
    List<String> path = new ArrayList<>();
    String spaceId = text(t.path("space"), "id");
    if (spaceId != null) {
      path.add(spaceNames.getOrDefault(spaceId, spaceId));
    }
    JsonNode folder = t.path("folder");
    String folderName = text(folder, "name");
    if (folderName != null && !folder.path("hidden").asBoolean(false)) {
      path.add(folderName);
    }
    String list = text(t.path("list"), "name");
    if (list != null) {
      path.add(list);
    }
    return path;
  }

  private static Long tracked(JsonNode t, String id, Map<String, Long> totals) {
    if (totals != null) {
      return totals.getOrDefault(id, 0L) / 60_000L;
    }
    Long spent = number(t, "time_spent", id);
    return spent == null ? null : Math.max(0, spent) / 60_000L;
  }

  private static Estimate estimate(JsonNode t, String id) {
    Long ms = number(t, "time_estimate", id);
    if (ms != null && ms >= 0) {
      return Estimate.minutes(ms / 60_000.0);
    }
    JsonNode points = t.path("points");
    return points.isNumber() && points.asDouble() >= 0 ? Estimate.points(points.asDouble()) : null;
  }

  /** A due or start date; ClickUp's {@code *_time: false} marks a date without time of day. */
  private static TaskDate date(JsonNode t, String field, String hasTimeField, String id) {
    Instant at = millis(t, field, id);
    if (at == null) {
      return null;
    }
    JsonNode hasTime = t.path(hasTimeField);
    if (hasTime.isBoolean() && !hasTime.asBoolean()) {
      return TaskDate.onDay(LocalDate.ofInstant(at, ZoneOffset.UTC));
    }
    return TaskDate.at(at);
  }

  static Instant millis(JsonNode t, String field, String id) {
    Long ms = number(t, field, id);
    return ms == null ? null : Instant.ofEpochMilli(ms);
  }

  /** A number that ClickUp may send as a JSON number or as a string of digits. */
  static Long number(JsonNode t, String field, String id) {
    JsonNode v = t.path(field);
    if (v.isMissingNode() || v.isNull()) {
      return null;
    }
    if (v.isIntegralNumber()) {
      return v.asLong();
    }
    if (v.isNumber()) {
      return (long) v.asDouble();
    }
    String s = v.asText().trim();
    if (s.isEmpty()) {
      return null;
    }
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      throw new UnexpectedPayloadException(
          "ClickUp task " + id + " has " + field + " '" + s + "', expected epoch milliseconds", e);
    }
  }

  static String text(JsonNode node, String field) {
    JsonNode v = node.path(field);
    return v.isNull() || v.isMissingNode() ? null : v.isValueNode() ? v.asText() : null;
  }

  private static String snippet(JsonNode t) {
    String s = t.toString();
    return s.length() > 200 ? s.substring(0, 200) + "…" : s;
  }
}
