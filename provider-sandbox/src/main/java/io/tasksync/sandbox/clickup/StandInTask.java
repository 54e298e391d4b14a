package io.tasksync.sandbox.clickup;

import java.util.List;

/**
 * One task as the stand-in holds it; times are epoch milliseconds, null when unset. {@code
 * archived} is the task's own flag, independent of its list's: ClickUp lets an archived task sit in
 * an active list and an active task in an archived list.
 */
record StandInTask(
    String id,
    int workspace,
    String name,
    String description,
    String status,
    String statusType,
    int priority,
    long created,
    long updated,
    Long closed,
    Long due,
    Long start,
    Long estimateMs,
    List<Integer> assignees,
    List<String> tags,
    String parentId,
    int list,
    int creator,
    boolean archived) {

  StandInTask {
    assignees = List.copyOf(assignees);
    tags = List.copyOf(tags);
  }

  boolean isClosed() {
    return "closed".equals(statusType);
  }

  StandInTask renamed(String newName, long now) {
    return new StandInTask(
        id,
        workspace,
        newName,
        description,
        status,
        statusType,
        priority,
        created,
        now,
        closed,
        due,
        start,
        estimateMs,
        assignees,
        tags,
        parentId,
        list,
        creator,
        archived);
  }

  StandInTask completed(long now) {
    return new StandInTask(
        id,
        workspace,
        name,
        description,
        "complete",
        "closed",
        priority,
        created,
        now,
        now,
        due,
        start,
        estimateMs,
        assignees,
        tags,
        parentId,
        list,
        creator,
        archived);
  }
}
