package io.tasksync.application;

import io.tasksync.domain.ConnectionStatus;
import io.tasksync.domain.ErrorCategory;
import io.tasksync.domain.Integration;
import io.tasksync.domain.SyncError;
import io.tasksync.domain.SyncState;
import io.tasksync.domain.SyncStatus;
import io.tasksync.port.in.SyncOutcome;
import io.tasksync.port.in.SyncReport;
import io.tasksync.port.out.LeaseLostException;
import io.tasksync.port.out.TaskProvider;
import io.tasksync.port.out.TaskSyncException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of one integration, under its lease: read the listing page by page, then check for
 * deletions after a complete full listing, and report. Single use.
 */
final class SyncRun {

  private static final Logger log = LoggerFactory.getLogger(SyncRun.class);

  private final SyncRunContext context;
  private final Integration integration;
  private final boolean resumed;
  private final RunCheckpoints checkpoints;
  private final ListingReader reader;
  private final DeletionCheck deletions;

  SyncRun(
      SyncRunContext context,
      Integration integration,
      TaskProvider provider,
      SyncState state,
      boolean resumed) {
    this.context = context;
    this.integration = integration;
    this.resumed = resumed;
    this.checkpoints = new RunCheckpoints(context, state);
    this.reader = new ListingReader(context, integration, provider, checkpoints);
    this.deletions = new DeletionCheck(context, integration, checkpoints);
  }

  SyncReport execute() {
    try {
      if (!resumed
          && state().runKind().isFullListing()
          && context.tasks().countActive(integration.id()) == 0) {
        checkpoints.keepUnsaved(SyncState::markStartedEmpty);
      }
      boolean emptyAtStart = checkpoints.save(s -> s).checkpoint().startedEmpty();
      log.info(
          "{} sync of {} ({}) {}",
          state().runKind(),
          integration.id(),
          integration.provider().displayName(),
          resumed ? "resumes at its checkpoint" : "starts");
      if (!reader.readAll()) {
        return report(null);
      }
      SyncError warning = deletions.check(reader.seen(), emptyAtStart, resumed);
      String skippedWarning = reader.skipped().warning(state().progress().failed());
      if (warning != null || skippedWarning != null) {
        List<String> warnings =
            Stream.of(warning == null ? null : warning.message(), skippedWarning)
                .filter(Objects::nonNull)
                .toList();
        ErrorCategory category = warning != null ? warning.category() : ErrorCategory.BUG;
        SyncError error = new SyncError(category, String.join("; ", warnings), now());
        checkpoints.save(s -> s.completeWithWarning(error, now()));
        return report(warnings);
      }
      checkpoints.save(s -> s.succeed(now()));
      return report(null);
    } catch (LeaseLostException e) {
      log.warn("sync of {} stopped: {}", integration.id(), e.getMessage());
      return new SyncReport(
          integration.id(),
          SyncOutcome.STOPPED,
          state().runKind(),
          resumed,
          state().progress(),
          errorOf(e, now()),
          List.of("the lease was lost; the new holder continues"));
    } catch (RuntimeException e) {
      return fail(e);
    }
  }

  private SyncReport fail(RuntimeException e) {
    SyncError error = errorOf(e, now());
    if (error.category() == ErrorCategory.BUG) {
      log.error("sync of {} failed: {}", integration.id(), error.message(), e);
    } else {
      log.warn("sync of {} ended: {}", integration.id(), error.message());
    }
    try {
      checkpoints.save(s -> s.fail(error, now()));
      if (error.category() == ErrorCategory.NEEDS_USER) {
        context
            .integrations()
            .markStatus(
                integration.id(), ConnectionStatus.CONNECTED, ConnectionStatus.NEEDS_REAUTH, now());
      }
    } catch (RuntimeException saveFailure) {
      log.warn(
          "could not record the failure of {}; its lease expires and the next run resumes: {}",
          integration.id(),
          saveFailure.toString());
      checkpoints.keepUnsaved(s -> s.fail(error, now()));
    }
    return report(null);
  }

  private SyncReport report(List<String> warnings) {
    boolean reconcileNeeded = reader.reconcileNeeded() || deletions.notKnownWhole();
    return new SyncReport(
        integration.id(),
        outcomeOf(state().status()),
        state().runKind(),
        resumed,
        state().progress(),
        state().lastError(),
        warnings,
        reconcileNeeded && !deletions.reconciled());
  }

  private SyncState state() {
    return checkpoints.state();
  }

  private Instant now() {
    return context.now();
  }

  static SyncOutcome outcomeOf(SyncStatus status) {
    switch (status) {
      case SUCCEEDED:
        return SyncOutcome.SUCCEEDED;
      case PARTIAL:
        return SyncOutcome.PARTIAL;
      case NEEDS_REAUTH:
        return SyncOutcome.NEEDS_REAUTH;
      case RUNNING:
        return SyncOutcome.STOPPED;
      default:
        return SyncOutcome.FAILED;
    }
  }

  static SyncError errorOf(RuntimeException e, Instant now) {
    if (e instanceof TaskSyncException) {
      return new SyncError(((TaskSyncException) e).category(), e.getMessage(), now);
    }
    return new SyncError(
        ErrorCategory.BUG, e.getClass().getSimpleName() + ": " + e.getMessage(), now);
  }
}
