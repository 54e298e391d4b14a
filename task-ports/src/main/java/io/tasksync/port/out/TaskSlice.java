package io.tasksync.port.out;

import io.tasksync.domain.Task;
import java.util.List;

/** One page of tasks and the cursor of the next page (null when this is the last). */
public record TaskSlice(List<Task> tasks, String nextCursor) {

  public TaskSlice {
    tasks = List.copyOf(tasks);
  }

  public boolean hasMore() {
    return nextCursor != null;
  }
}
