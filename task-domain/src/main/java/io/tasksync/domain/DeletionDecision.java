package io.tasksync.domain;

import java.util.List;

/** The outcome of {@link DeletionGuard}: the ids to mark deleted, or why none are. */
public record DeletionDecision(List<String> toDelete, String refusal) {

  public DeletionDecision {
    toDelete = List.copyOf(toDelete);
    if (refusal != null && !toDelete.isEmpty()) {
      throw new IllegalArgumentException("a refused decision deletes nothing");
    }
  }

  static DeletionDecision delete(List<String> ids) {
    return new DeletionDecision(ids, null);
  }

  static DeletionDecision refused(String reason) {
    return new DeletionDecision(List.of(), reason);
  }

  public boolean isRefused() {
    return refusal != null;
  }
}
