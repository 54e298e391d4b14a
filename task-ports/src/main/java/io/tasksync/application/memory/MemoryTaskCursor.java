package io.tasksync.application.memory;

import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.OrganizationId;
import io.tasksync.domain.Provider;
import io.tasksync.domain.Task;
import io.tasksync.domain.TaskDate;
import io.tasksync.port.out.TaskQuery;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Comparator;

/**
 * The in-memory listing's orders and cursors: the position after the last listed task, as the
 * order's key of that task, opaque to callers.
 */
final class MemoryTaskCursor {

  private static final Comparator<Task> KEY =
      Comparator.comparing((Task t) -> t.integrationId().value()).thenComparing(Task::externalId);
  private static final LocalDate NO_DAY = LocalDate.MIN;

  private MemoryTaskCursor() {}

  static Comparator<Task> order(TaskQuery.Order order) {
    return switch (order) {
      case KEY -> KEY;
      case UPDATED_AT -> Comparator.comparing(Task::updatedAt).thenComparing(KEY);
      case DUE_DAY -> Comparator.comparing(MemoryTaskCursor::dueDay).thenComparing(KEY);
    };
  }

  static String encode(Task last, TaskQuery query) {
    String value =
        switch (query.order()) {
          case KEY -> "";
          case UPDATED_AT -> last.updatedAt().toString();
          case DUE_DAY -> dueDay(last).toString();
        };
    String raw =
        String.join(
            "\n",
            "m2",
            query.order().name(),
            value,
            last.integrationId().value(),
            last.externalId());
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /** A probe task that sorts where the cursor's task sorted. */
  static Task decode(String cursor, TaskQuery query) {
    try {
      String[] parts =
          new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\n", 5);
      if (parts.length != 5 || !"m2".equals(parts[0]) || !query.order().name().equals(parts[1])) {
        throw new IllegalArgumentException("cursor: of another listing");
      }
      var probe =
          Task.builder(
              OrganizationId.of("cursor"), IntegrationId.of(parts[3]), Provider.ASANA, parts[4]);
      probe.updatedAt(
          query.order() == TaskQuery.Order.UPDATED_AT ? Instant.parse(parts[2]) : Instant.EPOCH);
      if (query.order() == TaskQuery.Order.DUE_DAY && !parts[2].equals(NO_DAY.toString())) {
        probe.dueDate(TaskDate.onDay(LocalDate.parse(parts[2])));
      }
      return probe.build();
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("cursor: not a cursor this store issued", e);
    }
  }

  private static LocalDate dueDay(Task t) {
    return t.dueDate() == null ? NO_DAY : t.dueDate().day();
  }
}
