package io.tasksync.application;

import io.tasksync.domain.ErrorCategory;
import io.tasksync.domain.Integration;
import io.tasksync.domain.RunKind;
import io.tasksync.domain.SyncProgress;
import io.tasksync.domain.SyncState;
import io.tasksync.domain.Task;
import io.tasksync.port.out.FetchRequest;
import io.tasksync.port.out.LeaseLostException;
import io.tasksync.port.out.RateLimitedException;
import io.tasksync.port.out.TaskPage;
import io.tasksync.port.out.TaskProvider;
import io.tasksync.port.out.TaskSyncException;
import io.tasksync.port.out.UnmappedTask;
import io.tasksync.port.out.UpsertResult;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a run's listing page by page from its checkpoint, storing and checkpointing each page, with
 * bounded retries of transient failures and waits for rate limits that resume at the checkpoint.
 */
final class ListingReader {

  private static final Logger log = LoggerFactory.getLogger(ListingReader.class);

  private final SyncRunContext context;
  private final Integration integration;
  private final TaskProvider provider;
  private final RunCheckpoints checkpoints;
  private final ListingSeen seen = new ListingSeen();
  private final SkippedTasks skipped = new SkippedTasks();
  private int pagesSinceRetry;
  private boolean reconcileNeeded;

  ListingReader(
      SyncRunContext context,
      Integration integration,
      TaskProvider provider,
      RunCheckpoints checkpoints) {
    this.context = context;
    this.integration = integration;
    this.provider = provider;
    this.checkpoints = checkpoints;
  }

  ListingSeen seen() {
    return seen;
  }

  SkippedTasks skipped() {
    return skipped;
  }

  /** Whether a page said the provider may have missed deletions. */
  boolean reconcileNeeded() {
    return reconcileNeeded;
  }

  /** Reads pages to the end; false when stopped on request. */
  boolean readAll() {
    SyncSettings settings = context.settings();
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
        if (rateLimitWaits > settings.maxRateLimitWaits()) {
          throw e;
        }
        Duration wait = min(e.retryAfter(), settings.maxRateLimitWait());
        context.observer().rateLimitWait(integration.id(), integration.provider(), wait);
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
        if (attempts >= settings.maxAttempts()) {
          throw e;
        }
        Duration wait = settings.backoff().delay(attempts);
        log.info(
            "sync of {} hit a transient failure (attempt {}), retrying from its checkpoint in {}"
                + " ms: {}",
            integration.id(),
            attempts,
            wait.toMillis(),
            e.getMessage());
        context.observer().retrying(integration.id(), e, attempts, wait);
        if (!pause(wait)) {
          return false;
        }
      }
    }
  }

  /** Opens the listing at the current checkpoint and stores every page; false when stopped. */
  private boolean readPages() {
    pagesSinceRetry = 0;
    SyncState state = checkpoints.state();
    FetchRequest request =
        new FetchRequest(
            integration,
            state.runKind(),
            state.checkpoint().cursor(),
            state.runKind() == RunKind.INCREMENTAL ? state.checkpoint().highWaterMark() : null,
            context.tokens().forIntegration(integration.id()));
    try (Stream<TaskPage> pages = provider.fetch(request)) {
      Iterator<TaskPage> it = pages.iterator();
      while (it.hasNext()) {
        store(it.next());
        pagesSinceRetry++;
        if (context.stopping() || Thread.currentThread().isInterrupted()) {
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
        pageTasks.isEmpty() ? UpsertResult.NONE : context.tasks().upsert(pageTasks);
    int deleted =
        page.deletedExternalIds().isEmpty()
            ? 0
            : context.tasks().markDeleted(integration.id(), page.deletedExternalIds(), now());
    seen.stored(pageTasks, page.deletedExternalIds());
    for (UnmappedTask u : page.unmapped()) {
      log.warn(
          "sync of {} skips {} task {}: {}",
          integration.id(),
          integration.provider().displayName(),
          u.label(),
          u.reason());
      seen.skipped(u);
      skipped.add(u);
    }
    int failed = page.unmapped().size();
    SyncProgress counts =
        new SyncProgress(
            pageTasks.size() + failed,
            result.created(),
            result.updated(),
            result.unchanged(),
            deleted,
            failed);
    checkpoints.save(s -> s.advance(page.checkpoint(), counts, now()));
    context.observer().pageStored(integration.id(), integration.provider(), counts);
  }

  /** Waits before a retry; false when interrupted or asked to stop meanwhile. */
  private boolean pause(Duration wait) {
    try {
      context.sleeper().sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
    checkpoints.save(s -> s.heartbeat(now()));
    return !context.stopping();
  }

  private Instant now() {
    return context.now();
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
