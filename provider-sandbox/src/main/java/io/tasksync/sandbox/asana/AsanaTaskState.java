package io.tasksync.sandbox.asana;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One stand-in task's state: generated from the seed, or overlaid by a mutation. */
record AsanaTaskState(
    long index,
    String name,
    String notes,
    boolean completed,
    Instant completedAt,
    Instant createdAt,
    Instant modifiedAt,
    Integer assignee,
    LocalDate dueOn,
    Instant dueAt,
    LocalDate startOn,
    Integer actualMinutes,
    Integer estimateMinutes,
    Integer priority,
    List<Integer> projects,
    int section,
    Long parent,
    boolean tagged,
    boolean milestone,
    boolean deleted) {

  AsanaTaskState {
    projects = List.copyOf(projects);
  }

  AsanaTaskState renamed(String newName, Instant now) {
    return new AsanaTaskState(
        index,
        newName,
        notes,
        completed,
        completedAt,
        createdAt,
        now,
        assignee,
        dueOn,
        dueAt,
        startOn,
        actualMinutes,
        estimateMinutes,
        priority,
        projects,
        section,
        parent,
        tagged,
        milestone,
        deleted);
  }

  AsanaTaskState completedAt(Instant now) {
    return new AsanaTaskState(
        index,
        name,
        notes,
        true,
        now,
        createdAt,
        now,
        assignee,
        dueOn,
        dueAt,
        startOn,
        actualMinutes,
        estimateMinutes,
        priority,
        projects,
        2,
        parent,
        tagged,
        milestone,
        deleted);
  }

  AsanaTaskState deletedAt(Instant now) {
    return new AsanaTaskState(
        index,
        name,
        notes,
        completed,
        completedAt,
        createdAt,
        now,
        assignee,
        dueOn,
        dueAt,
        startOn,
        actualMinutes,
        estimateMinutes,
        priority,
        projects,
        section,
        parent,
        tagged,
        milestone,
        true);
  }
}
