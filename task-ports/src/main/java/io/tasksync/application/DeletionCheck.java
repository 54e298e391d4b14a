package io.tasksync.application;

import io.tasksync.domain.DeletionDecision;
import io.tasksync.domain.ErrorCategory;
import io.tasksync.domain.Integration;
import io.tasksync.domain.SyncError;
import io.tasksync.domain.SyncProgress;
import io.tasksync.port.out.ExternalIdPage;
import io.tasksync.port.out.TaskStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After a complete full listing, marks stored tasks the listing did not see as deleted, within the
 * deletion guard's limits.
 *
 * <p>Reading every stored id is skipped when counts prove that no stored task can be missing: the
 * listing wrote its active tasks (each one stored active from then on unless deleted), and when the
 * store holds exactly as many active tasks and no task was deleted during the run, the stored
 * active tasks are exactly those. Equal counts alone would not do: one task deleted by a webhook
 * during the run and one stored task gone from the provider also give equal counts.
 */
final class DeletionCheck {

  private static final Logger log = LoggerFactory.getLogger(DeletionCheck.class);
  static final String NOT_KNOWN_WHOLE =
      "the listing was resumed after an interruption, so it is not known whole: deletions were not"
          + " checked; the next reconciliation checks them";

  private final SyncRunContext context;
  private final Integration integration;
  private final RunCheckpoints checkpoints;
  private final Instant deletionsSince;
  private boolean reconciled;
  private boolean notKnownWhole;

  DeletionCheck(SyncRunContext context, Integration integration, RunCheckpoints checkpoints) {
    this.context = context;
    this.integration = integration;
    this.checkpoints = checkpoints;
    this.deletionsSince = context.now().minus(context.settings().leaseTtl());
  }

  /** Whether this run has checked the stored tasks against a whole listing. */
  boolean reconciled() {
    return reconciled;
  }

  /** Whether the listing was complete but not known whole, so a reconciliation must follow. */
  boolean notKnownWhole() {
    return notKnownWhole;
  }

  /**
   * Checks the stored tasks against the listing; returns a warning when deletions were withheld or
   * could not be checked, else null.
   */
  SyncError check(ListingSeen seen, boolean emptyAtStart, boolean resumed) {
    if (!checkpoints.state().runKind().isFullListing()) {
      return null;
    }
    if (emptyAtStart) {
      // Every active task stored now was stored by this listing, resumed or not (runs of an
      // integration hold its lease), so none can be missing from it: the id listing is skipped.
      reconciled = true;
      return null;
    }
    if (resumed) {
      notKnownWhole = true;
      log.warn("sync of {}: {}", integration.id(), NOT_KNOWN_WHOLE);
      return new SyncError(ErrorCategory.TRANSIENT, NOT_KNOWN_WHOLE, context.now());
    }
    TaskStore tasks = context.tasks();
    long storedActive = tasks.countActive(integration.id());
    if (seen.accountsForAll(storedActive) && noDeletionsDuringTheRun()) {
      reconciled = true;
      return null;
    }
    List<String> missing = missing(seen);
    reconciled = true;
    DeletionDecision decision =
        context.settings().deletionGuard().decide(true, storedActive, missing);
    if (decision.isRefused()) {
      log.warn("sync of {}: {}", integration.id(), decision.refusal());
      return new SyncError(ErrorCategory.NEEDS_USER, decision.refusal(), context.now());
    }
    if (!decision.toDelete().isEmpty()) {
      int n = tasks.markDeleted(integration.id(), decision.toDelete(), context.now());
      checkpoints.save(s -> s.count(new SyncProgress(0, 0, 0, 0, n, 0), context.now()));
    }
    return null;
  }

  /**
   * Whether no task of the integration was marked deleted since shortly before this run began (by
   * this run or by anyone else, such as a webhook), so every task the listing wrote active is still
   * stored active. The margin of a lease's lifetime covers clocks that differ between processes, as
   * leases already assume.
   */
  private boolean noDeletionsDuringTheRun() {
    OptionalLong deleted = context.tasks().countDeletedSince(integration.id(), deletionsSince);
    return deleted.isPresent() && deleted.getAsLong() == 0;
  }

  private List<String> missing(ListingSeen seen) {
    List<String> missing = new ArrayList<>();
    String cursor = null;
    do {
      ExternalIdPage ids =
          context
              .tasks()
              .activeExternalIds(integration.id(), cursor, context.settings().idPageSize());
      for (String id : ids.externalIds()) {
        if (!seen.contains(id)) {
          missing.add(id);
        }
      }
      cursor = ids.nextCursor();
    } while (cursor != null);
    return missing;
  }
}
