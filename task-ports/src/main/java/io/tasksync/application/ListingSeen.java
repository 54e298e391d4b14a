package io.tasksync.application;

import io.tasksync.domain.Task;
import io.tasksync.port.out.UnmappedTask;
import java.util.Collection;
import java.util.List;

/**
 * What a full listing has seen: every external id it listed, and apart from those the ids it wrote
 * as active tasks, so that reconciliation can tell, from counts alone, when no stored task can be
 * missing from the listing.
 */
final class ListingSeen {

  private final SeenIds listed = new SeenIds();
  private final SeenIds writtenActive = new SeenIds();
  private boolean writtenThenDeleted;

  /** Records a stored page: its tasks in order, then the ids it marked deleted. */
  void stored(List<Task> tasks, Collection<String> deletedExternalIds) {
    for (Task t : tasks) {
      if (t.isDeleted()) {
        noteDeleted(t.externalId());
      } else {
        listed.add(t.externalId());
        writtenActive.add(t.externalId());
      }
    }
    deletedExternalIds.forEach(this::noteDeleted);
  }

  /** Records a task the listing named but could not map: it is listed, but was not written. */
  void skipped(UnmappedTask task) {
    if (task.providerId() != null) {
      listed.add(task.providerId());
    }
  }

  boolean contains(String externalId) {
    return listed.contains(externalId);
  }

  /**
   * Whether the integration's {@code storedActive} tasks can only be the tasks this listing wrote
   * as active: every one of those is still stored active (none was deleted later in the run), so
   * when there are exactly as many stored, there is no other. A hash collision only lowers the
   * count of written ids, which makes this false, never wrongly true.
   */
  boolean accountsForAll(long storedActive) {
    return !writtenThenDeleted && storedActive == writtenActive.size();
  }

  private void noteDeleted(String externalId) {
    if (writtenActive.contains(externalId)) {
      writtenThenDeleted = true;
    }
  }
}
