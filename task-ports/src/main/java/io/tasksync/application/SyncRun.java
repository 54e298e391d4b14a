package io.tasksync.application;

import io.tasksync.domain.ConnectionStatus;
import io.tasksync.domain.DeletionDecision;
import io.tasksync.domain.ErrorCategory;
import io.tasksync.domain.Integration;
import io.tasksync.domain.RunKind;
import io.tasksync.domain.SyncError;
import io.tasksync.domain.SyncProgress;
import io.tasksync.domain.SyncState;
import io.tasksync.domain.Task;
import io.tasksync.port.in.SyncOutcome;
import io.tasksync.port.in.SyncReport;
import io.tasksync.port.out.ExternalIdPage;
import io.tasksync.port.out.FetchRequest;
import io.tasksync.port.out.LeaseLostException;
import io.tasksync.port.out.RateLimitedException;
import io.tasksync.port.out.TaskPage;
import io.tasksync.port.out.TaskProvider;
import io.tasksync.port.out.TaskSyncException;
import io.tasksync.port.out.TokenSource;
import io.tasksync.port.out.UpsertResult;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One run of one integration; single use. */
final class SyncRun {

  private static final Logger log = LoggerFactory.getLogger(SyncRun.class);
  static final String NOT_KNOWN_WHOLE =
      "the listing was resumed after an interruption, so it is not known whole: deletions were not"
          + " checked; the next reconciliation checks them";

  private final SyncTasksService service;
  private final Integration integration;
  private final TaskProvider provider;
  private final boolean resumed;
  private final SeenIds seen = new SeenIds();
  private int pagesSinceRetry;
  private boolean reconcileNeeded;
  private boolean reconciled;
  private boolean emptyAtStart;
  private SyncState state;

  SyncRun(
      SyncTasksService service,
      Integration integration,
      TaskProvider provider,
      SyncState state,
      boolean resumed) {
    this.service = service;
    this.integration = integration;
    this.provider = provider;
    this.state = state;
    this.resumed = resumed;
  }

  SyncReport execute() {
    try {
      if (!resumed
          && state.runKind().isFullListing()
          && service.tasks().countActive(integration.id()) == 0) {
        state = state.markStartedEmpty();
      }
      state = service.saveLeased(state);
      emptyAtStart = state.checkpoint().startedEmpty();
      log.info(
          "{} sync of {} ({}) {}",
          state.runKind(),
          integration.id(),
          integration.provider().displayName(),
          resumed ? "resumes at its checkpoint" : "starts");
      boolean complete = fetchAll();
      if (!complete) {
        return report(null);
      }
      SyncError warning = reconcileDeletions();
      if (warning != null) {
        state = service.saveLeased(state.completeWithWarning(warning, now()));
        return report(List.of(warning.message()));
      }
      state = service.saveLeased(state.succeed(now()));
      return report(null);
    } catch (LeaseLostException e) {
      log.warn("sync of {} stopped: {}", integration.id(), e.getMessage());
      return new SyncReport(
          integration.id(),
          SyncOutcome.STOPPED,
          state.runKind(),
          resumed,
          state.progress(),
          SyncTasksService.errorOf(e, now()),
          List.of("the lease was lost; the new holder continues"));
    } catch (RuntimeException e) {
      return fail(e);
    }
  }

  /** Reads pages to the end; false when stopped on request. */
  private boolean fetchAll() {
    int attempts = 0;
    int rateLimitWaits = 0;
    while (true) {
      try {
        return readPages();
      } catch (RateLimitedException e) {
        if (pagesSinceRetry > 0) {
          rateLimitWaits = 0;
        }
        rateLimitWaits++;
        if (rateLimitWaits > service.settings().maxRateLimitWaits()) {
          throw e;
        }
        Duration wait = min(e.retryAfter(), service.settings().maxRateLimitWait());
        service.observer().rateLimitWait(integration.id(), integration.provider(), wait);
        if (!pause(wait)) {
          return false;
        }
      } catch (TaskSyncException e) {
        if (e.category() != ErrorCategory.TRANSIENT || e instanceof LeaseLostException) {
          throw e;
        }
        if (pagesSinceRetry > 0) {
          attempts = 0;
        }
        attempts++;
        if (attempts >= service.settings().maxAttempts()) {
          throw e;
        }
        Duration wait = service.settings().backoff().delay(attempts);
        log.info(
            "sync of {} hit a transient failure (attempt {}), retrying from its checkpoint in {}"
                + " ms: {}",
            integration.id(),
            attempts,
            wait.toMillis(),
            e.getMessage());
        service.observer().retrying(integration.id(), e, attempts, wait);
        if (!pause(wait)) {
          return false;
        }
      }
    }
  }

  /** Opens the listing at the current checkpoint and stores every page; false when stopped. */
  private boolean readPages() {
    pagesSinceRetry = 0;
    TokenSource tokens = service.tokens().forIntegration(integration.id());
    FetchRequest request =
        new FetchRequest(
            integration,
            state.runKind(),
            state.checkpoint().cursor(),
            state.runKind() == RunKind.INCREMENTAL ? state.checkpoint().highWaterMark() : null,
            tokens);
    try (Stream<TaskPage> pages = provider.fetch(request)) {
      Iterator<TaskPage> it = pages.iterator();
      while (it.hasNext()) {
        store(it.next());
        pagesSinceRetry++;
        if (service.stopping() || Thread.currentThread().isInterrupted()) {
          log.info("sync of {} stops at its checkpoint on request", integration.id());
          return false;
        }
      }
    }
    return true;
  }

  private void store(TaskPage page) {
    if (page.reconcileNeeded() && !reconcileNeeded) {
      reconcileNeeded = true;
      log.info(
          "{} may have missed deletions in {}; a reconciliation should follow",
          integration.provider().displayName(),
          integration.id());
    }
    List<Task> pageTasks = page.tasks();
    UpsertResult result =
        pageTasks.isEmpty() ? UpsertResult.NONE : service.tasks().upsert(pageTasks);
    int deleted =
        page.deletedExternalIds().isEmpty()
            ? 0
            : service.tasks().markDeleted(integration.id(), page.deletedExternalIds(), now());
    for (Task t : pageTasks) {
      if (!t.isDeleted()) {
        seen.add(t.externalId());
      }
    }
    SyncProgress counts =
        new SyncProgress(
            pageTasks.size(), result.created(), result.updated(), result.unchanged(), deleted, 0);
    state = service.saveLeased(state.advance(page.checkpoint(), counts, now()));
    service.observer().pageStored(integration.id(), integration.provider(), counts);
  }

  /**
   * After a complete full listing, marks stored tasks the listing did not see as deleted, within
   * the guard's limits. Returns a warning when deletions were withheld or could not be checked.
   */
  private SyncError reconcileDeletions() {
    if (!state.runKind().isFullListing()) {
      return null;
    }
    if (emptyAtStart) {
      // Every active task stored now was stored by this listing, resumed or not (runs of an
      // integration hold its lease), so none can be missing from it: the id listing is skipped.
      reconciled = true;
      return null;
    }
    if (resumed) {
      reconcileNeeded = true;
      log.warn("sync of {}: {}", integration.id(), NOT_KNOWN_WHOLE);
      return new SyncError(ErrorCategory.TRANSIENT, NOT_KNOWN_WHOLE, now());
    }
    List<String> missing = new ArrayList<>();
    String cursor = null;
    do {
      ExternalIdPage ids =
          service
              .tasks()
              .activeExternalIds(integration.id(), cursor, service.settings().idPageSize());
      for (String id : ids.externalIds()) {
        if (!seen.contains(id)) {
          missing.add(id);
        }
      }
      cursor = ids.nextCursor();
    } while (cursor != null);
    reconciled = true;
    long storedActive = service.tasks().countActive(integration.id());
    DeletionDecision decision =
        service.settings().deletionGuard().decide(true, storedActive, missing);
    if (decision.isRefused()) {
      log.warn("sync of {}: {}", integration.id(), decision.refusal());
      return new SyncError(ErrorCategory.NEEDS_USER, decision.refusal(), now());
    }
    if (!decision.toDelete().isEmpty()) {
      int n = service.tasks().markDeleted(integration.id(), decision.toDelete(), now());
      state = service.saveLeased(state.count(SyncTasksService.deletedCount(n), now()));
    }
    return null;
  }

  private SyncReport fail(RuntimeException e) {
    SyncError error = SyncTasksService.errorOf(e, now());
    if (error.category() == ErrorCategory.BUG) {
      log.error("sync of {} failed: {}", integration.id(), error.message(), e);
    } else {
      log.warn("sync of {} ended: {}", integration.id(), error.message());
    }
    try {
      state = service.saveLeased(state.fail(error, now()));
      if (error.category() == ErrorCategory.NEEDS_USER) {
        service
            .integrations()
            .get(integration.id())
            .filter(i -> i.status() == ConnectionStatus.CONNECTED)
            .ifPresent(
                i ->
                    service
                        .integrations()
                        .save(i.withStatus(ConnectionStatus.NEEDS_REAUTH, now())));
      }
    } catch (RuntimeException saveFailure) {
      log.warn(
          "could not record the failure of {}; its lease expires and the next run resumes: {}",
          integration.id(),
          saveFailure.toString());
      state = state.fail(error, now());
    }
    return report(null);
  }

  private SyncReport report(List<String> warnings) {
    return report(warnings, state.lastError());
  }

  private SyncReport report(List<String> warnings, SyncError error) {
    return new SyncReport(
        integration.id(),
        SyncTasksService.outcomeOf(state.status()),
        state.runKind(),
        resumed,
        state.progress(),
        error,
        warnings,
        reconcileNeeded && !reconciled);
  }

  /** Waits before a retry; false when interrupted or asked to stop meanwhile. */
  private boolean pause(Duration wait) {
    try {
      service.sleeper().sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
    state = service.saveLeased(state.heartbeat(now()));
    return !service.stopping();
  }

  private Instant now() {
    return service.clock().instant();
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
