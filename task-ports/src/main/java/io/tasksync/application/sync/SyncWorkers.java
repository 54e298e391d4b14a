package io.tasksync.application.sync;

import io.tasksync.application.SyncTasksService;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.RunKind;
import io.tasksync.port.in.SyncOutcome;
import io.tasksync.port.in.SyncReport;
import io.tasksync.port.in.SyncTasksCommand;
import io.tasksync.port.out.WebhookDeliveryLog;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A bounded pool that runs syncs in the background. An integration is queued at most once at a
 * time; a full queue refuses new work instead of growing. A run that ends (other than skipped for a
 * lease held elsewhere, or stopped to be resumed) marks the integration's webhook deliveries
 * received before it started as processed.
 */
public final class SyncWorkers {

  private static final Logger log = LoggerFactory.getLogger(SyncWorkers.class);

  private final SyncTasksService service;
  private final WebhookDeliveryLog deliveries;
  private final Clock clock;
  private final ThreadPoolExecutor pool;
  private final Set<IntegrationId> queued = ConcurrentHashMap.newKeySet();
  private final Set<IntegrationId> again = ConcurrentHashMap.newKeySet();
  private final Set<IntegrationId> owedReconciles = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean accepting = new AtomicBoolean(true);

  public SyncWorkers(
      SyncTasksService service,
      WebhookDeliveryLog deliveries,
      Clock clock,
      int workers,
      int queueCapacity) {
    this.service = service;
    this.deliveries = deliveries;
    this.clock = clock;
    AtomicInteger n = new AtomicInteger();
    this.pool =
        new ThreadPoolExecutor(
            workers,
            workers,
            0,
            TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(queueCapacity),
            r -> {
              Thread t = new Thread(r, "sync-worker-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
  }

  /**
   * Queues a sync of the integration.
   *
   * <p>When the integration is already queued or running, one more incremental run follows the
   * current one, so changes announced meanwhile are not missed. When a run reports that the
   * provider may have missed deletions, a RECONCILE run follows it at once instead (its full
   * listing also brings the changes).
   *
   * @return false when it was already queued, the queue is full, or the app is stopping
   */
  public boolean submit(IntegrationId id, RunKind kind) {
    if (!accepting.get()) {
      return false;
    }
    if (!queued.add(id)) {
      again.add(id);
      return false;
    }
    try {
      pool.execute(() -> run(id, kind));
      return true;
    } catch (RejectedExecutionException e) {
      queued.remove(id);
      log.warn("sync of {} not queued: the work queue is full", id);
      return false;
    }
  }

  public boolean isQueued(IntegrationId id) {
    return queued.contains(id);
  }

  /**
   * Whether a RECONCILE run of the integration was skipped here because another instance held its
   * lease, forgetting it: the scheduler claimed that reconciliation and queues it again.
   */
  boolean takeOwedReconcile(IntegrationId id) {
    return owedReconciles.remove(id);
  }

  private void run(IntegrationId id, RunKind kind) {
    boolean reconcile = false;
    try {
      Instant started = clock.instant();
      SyncReport report = service.sync(new SyncTasksCommand(id, kind));
      reconcile = report.reconcileNeeded();
      if (kind == RunKind.RECONCILE && report.outcome() == SyncOutcome.SKIPPED_LEASE_HELD) {
        owedReconciles.add(id);
      }
      if (coversDeliveries(report.outcome())) {
        deliveries.markProcessed(id, started);
      }
      log.info(
          "sync of {} ended {} ({} fetched, {} written){}",
          id,
          report.outcome(),
          report.progress().fetched(),
          report.progress().written(),
          reconcile ? "; the provider may have missed deletions, a reconciliation follows" : "");
    } catch (RuntimeException e) {
      log.error("sync of {} crashed", id, e);
    } finally {
      queued.remove(id);
      boolean more = again.remove(id);
      if (reconcile) {
        submit(id, RunKind.RECONCILE);
      } else if (more) {
        submit(id, RunKind.INCREMENTAL);
      }
    }
  }

  private static boolean coversDeliveries(SyncOutcome outcome) {
    return outcome != SyncOutcome.SKIPPED_LEASE_HELD && outcome != SyncOutcome.STOPPED;
  }

  /**
   * Stops taking work, asks running syncs to stop after their current page (they keep their
   * checkpoint and release their lease), and waits for them up to {@code waitMillis}.
   */
  public void shutdown(long waitMillis) {
    accepting.set(false);
    service.requestStop();
    pool.shutdown();
    try {
      if (!pool.awaitTermination(waitMillis, TimeUnit.MILLISECONDS)) {
        log.warn("syncs still running after {} ms; interrupting them", waitMillis);
        pool.shutdownNow();
      }
    } catch (InterruptedException e) {
      pool.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
