package io.tasksync.application;

import io.tasksync.port.out.UnmappedTask;
import java.util.ArrayList;
import java.util.List;

/** The tasks a run skipped because they could not be mapped, and the warning naming them. */
final class SkippedTasks {

  private static final int MAX_NAMED = 20;

  private final List<UnmappedTask> skipped = new ArrayList<>();

  void add(UnmappedTask task) {
    skipped.add(task);
  }

  /** Names up to twenty of the {@code failed} skipped tasks; null when none were. */
  String warning(long failed) {
    if (failed == 0) {
      return null;
    }
    int named = Math.min(skipped.size(), MAX_NAMED);
    StringBuilder s =
        new StringBuilder()
            .append(failed)
            .append(failed == 1 ? " task" : " tasks")
            .append(" could not be read and ")
            .append(failed == 1 ? "was" : "were")
            .append(" skipped");
    for (int i = 0; i < named; i++) {
      UnmappedTask u = skipped.get(i);
      s.append(i == 0 ? ": " : ", ").append(u.label()).append(" (").append(u.reason()).append(')');
    }
    if (failed > named) {
      s.append(
          named == 0 ? " (named in the log of the run)" : " and " + (failed - named) + " more");
    }
    return s.toString();
  }
}
