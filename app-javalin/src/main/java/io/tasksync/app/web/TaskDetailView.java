package io.tasksync.app.web;

import io.tasksync.domain.Person;
import io.tasksync.domain.Task;
import java.util.List;

/**
 * One task with every normalized field, its people in full, and the provider's raw payload as the
 * provider sent it (a JSON text, cut when it was too large to store).
 */
record TaskDetailView(
    Views.TaskView task,
    List<Person> assignees,
    Person creator,
    String priorityRaw,
    java.time.Instant lastSeenAt,
    String raw,
    boolean rawTruncated) {

  static TaskDetailView of(Task t) {
    return new TaskDetailView(
        Views.TaskView.of(t),
        t.assignees(),
        t.creator(),
        t.priority().raw(),
        t.lastSeenAt(),
        t.raw().json(),
        t.raw().truncated());
  }
}
