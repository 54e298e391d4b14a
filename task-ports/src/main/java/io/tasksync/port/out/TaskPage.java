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
 */
public record TaskPage(List<Task> tasks, List<String> deletedExternalIds, String checkpoint) {

  public TaskPage {
    tasks = List.copyOf(tasks);
    deletedExternalIds = List.copyOf(deletedExternalIds);
    Objects.requireNonNull(checkpoint, "checkpoint");
  }

  public static TaskPage of(List<Task> tasks, String checkpoint) {
    return new TaskPage(tasks, List.of(), checkpoint);
  }
}
