package io.tasksync.application.sync;

import io.tasksync.domain.ConnectionStatus;
import io.tasksync.domain.Integration;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.RunKind;
import io.tasksync.port.out.IntegrationStore;
import io.tasksync.port.out.SyncStateStore;
import io.tasksync.port.out.WebhookDelivery;
import io.tasksync.port.out.WebhookDeliveryLog;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts syncs on time: periodic incremental syncs as the safety net under webhooks and less
 * frequent RECONCILE runs that find deletions (both claimed through the shared sync state, so one
 * instance runs each, see {@link DueRuns}), prompt (debounced) syncs after webhook deliveries, and
 * at start the runs a previous process left unfinished. A sweep syncs the integrations of webhook
 * deliveries still unprocessed well after their debounce, whichever instance acknowledged them (it
 * may have died before syncing).
 */
public final class SyncScheduler {

  private static final Logger log = LoggerFactory.getLogger(SyncScheduler.class);
  private static final Duration SWEEP_EVERY = Duration.ofSeconds(5);
  private static final Duration SWEEP_GRACE = Duration.ofSeconds(10);
  private static final int SWEEP_LIMIT = 200;

  private final IntegrationStore integrations;
  private final SyncStateStore states;
  private final SyncWorkers workers;
  private final Schedule schedule;
  private final WebhookDeliveryLog deliveries;
  private final Clock clock;
  private final DueRuns dueRuns;
  private final DueRuns dueReconciles;
  private final Set<IntegrationId> debouncing = ConcurrentHashMap.newKeySet();
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "sync-scheduler");
            t.setDaemon(true);
            return t;
          });

  public SyncScheduler(
      IntegrationStore integrations,
      SyncStateStore states,
      SyncWorkers workers,
      Schedule schedule,
      WebhookDeliveryLog deliveries,
      Clock clock) {
    this.integrations = integrations;
    this.states = states;
    this.workers = workers;
    this.schedule = schedule;
    this.deliveries = deliveries;
    this.clock = clock;
    this.dueRuns =
        new DueRuns(
            integrations,
            states,
            workers::isQueued,
            workers::submit,
            schedule.incrementalEvery(),
            clock);
    this.dueReconciles =
        new DueRuns(
            integrations,
            states,
            workers::isQueued,
            workers::submit,
            workers::takeOwedReconcile,
            RunKind.RECONCILE,
            schedule.reconcileEvery(),
            clock);
  }

  /** Resumes interrupted runs now, then runs the periodic syncs. */
  public void start() {
    timer.execute(this::resumeInterrupted);
    long tick = DueRuns.tickOf(schedule.incrementalEvery()).toMillis();
    long rec = DueRuns.tickOf(schedule.reconcileEvery()).toMillis();
    timer.scheduleWithFixedDelay(dueRuns::tick, tick, tick, TimeUnit.MILLISECONDS);
    timer.scheduleWithFixedDelay(dueReconciles::tick, rec, rec, TimeUnit.MILLISECONDS);
    long sweep = SWEEP_EVERY.toMillis();
    timer.scheduleWithFixedDelay(this::sweepDeliveries, sweep, sweep, TimeUnit.MILLISECONDS);
  }

  /**
   * Queues an incremental sync of every integration with a webhook delivery still unprocessed after
   * its debounce and a grace period.
   */
  void sweepDeliveries() {
    try {
      Duration age = schedule.webhookDebounce().plus(SWEEP_GRACE);
      Set<IntegrationId> pending = new LinkedHashSet<>();
      for (WebhookDelivery d : deliveries.unprocessed(clock.instant().minus(age), SWEEP_LIMIT)) {
        pending.add(d.integrationId());
      }
      for (IntegrationId id : pending) {
        if (!workers.isQueued(id)) {
          log.info("syncing {} for a webhook delivery no instance has synced yet", id);
          workers.submit(id, RunKind.INCREMENTAL);
        }
      }
    } catch (RuntimeException e) {
      log.warn("could not look for unprocessed webhook deliveries: {}", e.getMessage());
    }
  }

  /** Runs an incremental sync of the integration soon, once for a burst of calls. */
  public void soon(IntegrationId id) {
    if (debouncing.add(id)) {
      timer.schedule(
          () -> {
            debouncing.remove(id);
            workers.submit(id, RunKind.INCREMENTAL);
          },
          schedule.webhookDebounce().toMillis(),
          TimeUnit.MILLISECONDS);
    }
  }

  public void stop() {
    timer.shutdownNow();
  }

  private void resumeInterrupted() {
    try {
      for (Integration i : integrations.findByStatus(ConnectionStatus.CONNECTED)) {
        boolean unfinished =
            states.get(i.id()).map(s -> s.hasUnfinishedRun()).orElse(Boolean.FALSE);
        if (unfinished) {
          log.info("resuming the interrupted sync of {} from its checkpoint", i.id());
          workers.submit(i.id(), RunKind.INCREMENTAL);
        }
      }
    } catch (RuntimeException e) {
      log.warn("could not look for interrupted syncs: {}", e.getMessage());
    }
  }
}
