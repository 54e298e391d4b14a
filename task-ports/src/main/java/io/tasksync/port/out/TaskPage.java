package io.tasksync.port.out;

import io.tasksync.domain.Task;
import java.util.List;
import java.util.Objects;

/**
 * One page of a provider listing.
 *
 * @param tasks the tasks of the page, normalized
 * @param deletedExternalIds ids the provider reported deleted on this page (may be empty)
 * @param checkpoint the opaque cursor to resume after this page; never null
 * @param reconcileNeeded whether the provider could not tell every deletion since the last run (for
 *     instance an expired change feed), so only a reconciliation listing can find them
 * @param unmapped the items of the page that could not be mapped to a task (may be empty); the sync
 *     counts them as failed and names them, and stores the page's other tasks
 */
public record TaskPage(
    List<Task> tasks,
    List<String> deletedExternalIds,
    String checkpoint,
    boolean reconcileNeeded,
    List<UnmappedTask> unmapped) {

  public TaskPage {
    tasks = List.copyOf(tasks);
    deletedExternalIds = List.copyOf(deletedExternalIds);
    Objects.requireNonNull(checkpoint, "checkpoint");
    unmapped = unmapped == null ? List.of() : List.copyOf(unmapped);
  }

  /** A page whose every item was mapped. */
  public TaskPage(
      List<Task> tasks,
      List<String> deletedExternalIds,
      String checkpoint,
      boolean reconcileNeeded) {
    this(tasks, deletedExternalIds, checkpoint, reconcileNeeded, List.of());
  }

  /** A page that says nothing about missed deletions. */
  public TaskPage(List<Task> tasks, List<String> deletedExternalIds, String checkpoint) {
    this(tasks, deletedExternalIds, checkpoint, false);
  }

  public static TaskPage of(List<Task> tasks, String checkpoint) {
    return new TaskPage(tasks, List.of(), checkpoint);
  }

  /** This page, also carrying {@code items} that could not be mapped. */
  public TaskPage withUnmapped(List<UnmappedTask> items) {
    return new TaskPage(tasks, deletedExternalIds, checkpoint, reconcileNeeded, items);
  }
}
