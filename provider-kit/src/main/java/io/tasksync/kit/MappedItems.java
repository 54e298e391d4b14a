package io.tasksync.kit;

import com.fasterxml.jackson.databind.JsonNode;
import io.tasksync.domain.ErrorCategory;
import io.tasksync.domain.Task;
import io.tasksync.port.out.TaskPage;
import io.tasksync.port.out.TaskSyncException;
import io.tasksync.port.out.UnmappedTask;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The items of one provider page, mapped one by one: those that map become tasks; one that cannot
 * be identified or mapped becomes an {@link UnmappedTask} (its provider id and the reason), so the
 * sync counts it as failed, names it and stores the rest. A failure that is not about the item
 * itself (a transient or authorization error) still ends the page.
 *
 * @param tasks the mapped tasks, in the page's order
 * @param unmapped the items that could not be mapped, in the page's order
 */
public record MappedItems(List<Task> tasks, List<UnmappedTask> unmapped) {

  public MappedItems {
    tasks = List.copyOf(tasks);
    unmapped = List.copyOf(unmapped);
  }

  /**
   * Maps each item of {@code items}.
   *
   * @param idField the field holding the item's provider id, read leniently to name a skipped item
   * @param mapper maps one item; it throws when the item cannot be mapped
   */
  public static MappedItems map(
      Iterable<JsonNode> items, String idField, Function<JsonNode, Task> mapper) {
    List<Task> tasks = new ArrayList<>();
    List<UnmappedTask> unmapped = new ArrayList<>();
    for (JsonNode item : items) {
      String id = Lenient.text(item, idField);
      if (id == null) {
        unmapped.add(new UnmappedTask(null, "the item has no " + idField));
        continue;
      }
      try {
        tasks.add(mapper.apply(item));
      } catch (TaskSyncException e) {
        if (e.category() != ErrorCategory.BUG) {
          throw e;
        }
        unmapped.add(new UnmappedTask(id, e.getMessage()));
      } catch (RuntimeException e) {
        unmapped.add(new UnmappedTask(id, e.getClass().getSimpleName() + ": " + e.getMessage()));
      }
    }
    return new MappedItems(tasks, unmapped);
  }

  /** A page of these tasks and skipped items, resuming at {@code checkpoint}. */
  public TaskPage page(String checkpoint) {
    return TaskPage.of(tasks, checkpoint).withUnmapped(unmapped);
  }
}
