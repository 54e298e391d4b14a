package io.tasksync.domain;

import java.util.List;

/**
 * Decides which stored tasks to mark deleted after a full listing: only when the listing was
 * complete and error-free, and never more than a configured share of the stored tasks at once (a
 * provider that suddenly returns nothing must not wipe the copy).
 *
 * @param maxShare the largest share (0..1] of the stored active tasks one pass may delete
 * @param alwaysAllowed deletions up to this count pass regardless of share (small workspaces)
 */
public record DeletionGuard(double maxShare, int alwaysAllowed) {

  public static final DeletionGuard DEFAULT = new DeletionGuard(0.25, 10);

  public DeletionGuard {
    if (!(maxShare > 0 && maxShare <= 1)) {
      throw new IllegalArgumentException("maxShare must be in (0, 1], was " + maxShare);
    }
    if (alwaysAllowed < 0) {
      throw new IllegalArgumentException(
          "alwaysAllowed must not be negative, was " + alwaysAllowed);
    }
  }

  /**
   * @param listingComplete whether the provider listing ended normally with every page read
   * @param storedActive how many not-deleted tasks the store holds for the integration
   * @param missing external ids stored as active but not seen by the listing
   */
  public DeletionDecision decide(boolean listingComplete, long storedActive, List<String> missing) {
    if (!listingComplete) {
      return DeletionDecision.refused("the listing was incomplete; nothing is marked deleted");
    }
    if (missing.isEmpty()) {
      return DeletionDecision.delete(List.of());
    }
    if (missing.size() > storedActive) {
      throw new IllegalArgumentException(
          "missing (" + missing.size() + ") cannot exceed storedActive (" + storedActive + ")");
    }
    double share = (double) missing.size() / storedActive;
    if (missing.size() > alwaysAllowed && share > maxShare) {
      return DeletionDecision.refused(
          String.format(
              "the listing lacks %d of %d stored tasks (%.0f%%), over the %.0f%% a single pass may"
                  + " delete; nothing is marked deleted",
              missing.size(), storedActive, share * 100, maxShare * 100));
    }
    return DeletionDecision.delete(missing);
  }
}
