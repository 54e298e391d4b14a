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
import io.tasksync.kit.Lenient;
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
    if (id == null) {
      throw new UnexpectedPayloadException("a ClickUp task has no id: " + snippet(t));
    }
    JsonNode status = Lenient.object(t, "status");
    if (status.isMissingNode()) {
      throw new UnexpectedPayloadException("ClickUp task " + id + " has no status object");
    }
    Instant updated = Lenient.epochMillis(t, "date_updated");
    if (updated == null) {
      throw new UnexpectedPayloadException("ClickUp task " + id + " has no date_updated");
    }
    Integration in = ctx.integration();
    Instant done = Lenient.epochMillis(t, "date_done");
    return Task.builder(in.organizationId(), in.id(), in.provider(), id)
        .url(text(t, "url"))
        .title(Lenient.exactText(t, "name"))
        .description(description(t))
        .statusCategory(category(text(status, "type")))
        .rawStatus(text(status, "status"))
        .priority(priority(Lenient.field(t, "priority")))
        .labels(tags(t))
        .assignees(people(t))
        .creator(person(Lenient.object(t, "creator")))
        .projectPath(path(t, ctx.spaceNames()))
        .parentExternalId(text(t, "parent"))
        .dueDate(date(t, "due_date", "due_date_time"))
        .startDate(date(t, "start_date", "start_date_time"))
        .createdAt(Lenient.epochMillis(t, "date_created"))
        .updatedAt(updated)
        .completedAt(done != null ? done : Lenient.epochMillis(t, "date_closed"))
        .timeTrackedMinutes(tracked(t, id, ctx.trackedMillis()))
        .estimate(estimate(t))
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

  /**
   * {@code {"id": "1".."4", "orderindex": "1".."4", "priority": "urgent"|...}} or null; the OAS
   * example shows a bare number. Anything else reads as no priority.
   */
  static Priority priority(JsonNode p) {
    if (p == null || !(p.isObject() || p.isTextual() || p.isNumber())) {
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

  private static List<String> tags(JsonNode t) {
    List<String> out = new ArrayList<>();
    for (JsonNode tag : Lenient.items(t, "tags")) {
      String name = tag.isObject() ? text(tag, "name") : tag.isTextual() ? tag.asText() : null;
      if (name != null && !name.isBlank()) {
        out.add(name);
      }
    }
    return out;
  }

  private static List<Person> people(JsonNode t) {
    List<Person> out = new ArrayList<>();
    for (JsonNode p : Lenient.items(t, "assignees")) {
      Person person = person(p);
      if (person != null) {
        out.add(person);
      }
    }
    return out;
  }

  /** A user: the id is an integer, name and email may be absent. */
  private static Person person(JsonNode p) {
    String id = text(p, "id");
    return id == null ? null : Person.of(id, text(p, "username"), text(p, "email"));
  }

  /**
   * Space > folder > list; a folderless list sits in a hidden folder, which is left out, and so is
   * a container whose name is absent.
   */
  private static List<String> path(JsonNode t, Map<String, String> spaceNames) {
    List<String> path = new ArrayList<>();
    String spaceId = text(Lenient.object(t, "space"), "id");
    String spaceName = spaceId == null ? null : spaceNames.get(spaceId);
    if (spaceName == null) {
      spaceName = text(Lenient.object(t, "space"), "name");
    }
    if (spaceName != null) {
      path.add(spaceName);
    }
    JsonNode folder = Lenient.object(t, "folder");
    String folderName = text(folder, "name");
    if (folderName != null && !Boolean.TRUE.equals(Lenient.flag(folder, "hidden"))) {
      path.add(folderName);
    }
    String list = text(Lenient.object(t, "list"), "name");
    if (list != null) {
      path.add(list);
    }
    return path;
  }

  /**
   * Minutes tracked: from the workspace's time entries when they are imported (a task with none has
   * 0), else from the task's {@code time_spent} (absent: no value).
   */
  private static Long tracked(JsonNode t, String id, Map<String, Long> totals) {
    if (totals != null) {
      return totals.getOrDefault(id, 0L) / 60_000L;
    }
    Long spent = Lenient.whole(t, "time_spent");
    return spent == null ? null : Math.max(0, spent) / 60_000L;
  }

  private static Estimate estimate(JsonNode t) {
    Long ms = Lenient.whole(t, "time_estimate");
    if (ms != null && ms >= 0) {
      return Estimate.minutes(ms / 60_000.0);
    }
    Double points = Lenient.number(t, "points");
    return points != null && points >= 0 ? Estimate.points(points) : null;
  }

  /** A due or start date; ClickUp's {@code *_time: false} marks a date without time of day. */
  private static TaskDate date(JsonNode t, String field, String hasTimeField) {
    Instant at = Lenient.epochMillis(t, field);
    if (at == null) {
      return null;
    }
    if (Boolean.FALSE.equals(Lenient.flag(t, hasTimeField))) {
      return TaskDate.onDay(LocalDate.ofInstant(at, ZoneOffset.UTC));
    }
    return TaskDate.at(at);
  }

  static String text(JsonNode node, String field) {
    return Lenient.text(node, field);
  }

  private static String snippet(JsonNode t) {
    String s = t.toString();
    return s.length() > 200 ? s.substring(0, 200) + "…" : s;
  }
}
