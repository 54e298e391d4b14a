package io.tasksync.application.sync;

import io.tasksync.domain.ConnectionStatus;
import io.tasksync.domain.Integration;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.RunKind;
import io.tasksync.domain.SyncState;
import io.tasksync.domain.SyncStatus;
import io.tasksync.port.out.IntegrationStore;
import io.tasksync.port.out.SyncStateStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The periodic runs of one kind (INCREMENTAL or RECONCILE), shared by every instance through the
 * sync state: an integration first seen is given a due time one interval ahead ({@code nextRunAt},
 * {@code nextReconcileAt}); a due one is claimed atomically (the claim moves the due time on), so
 * of N instances exactly one queues its run; a due run waits while another run holds a live lease,
 * and a claimed run that met another instance's lease ({@code owed}) is queued again once the
 * integration is free. The incremental schedule also queues a run left RUNNING by a dead instance
 * once its lease has expired, resuming from its checkpoint.
 */
final class DueRuns {

  private static final Logger log = LoggerFactory.getLogger(DueRuns.class);

  private final IntegrationStore integrations;
  private final SyncStateStore states;
  private final Predicate<IntegrationId> queued;
  private final BiConsumer<IntegrationId, RunKind> submit;
  private final Predicate<IntegrationId> owed;
  private final RunKind kind;
  private final Duration every;
  private final Clock clock;

  DueRuns(
      IntegrationStore integrations,
      SyncStateStore states,
      Predicate<IntegrationId> queued,
      BiConsumer<IntegrationId, RunKind> submit,
      Duration every,
      Clock clock) {
    this(integrations, states, queued, submit, id -> false, RunKind.INCREMENTAL, every, clock);
  }

  DueRuns(
      IntegrationStore integrations,
      SyncStateStore states,
      Predicate<IntegrationId> queued,
      BiConsumer<IntegrationId, RunKind> submit,
      Predicate<IntegrationId> owed,
      RunKind kind,
      Duration every,
      Clock clock) {
    this.integrations = integrations;
    this.states = states;
    this.queued = queued;
    this.submit = submit;
    this.owed = owed;
    this.kind = kind;
    this.every = every;
    this.clock = clock;
  }

  /** How often to look: a tenth of the interval, between 1 and 30 seconds. */
  static Duration tickOf(Duration every) {
    Duration tenth = every.dividedBy(10);
    Duration floor = every.compareTo(Duration.ofSeconds(1)) < 0 ? every : Duration.ofSeconds(1);
    Duration ceiling = Duration.ofSeconds(30);
    return tenth.compareTo(floor) < 0 ? floor : tenth.compareTo(ceiling) > 0 ? ceiling : tenth;
  }

  void tick() {
    try {
      for (Integration i : integrations.findByStatus(ConnectionStatus.CONNECTED)) {
        consider(i.id(), clock.instant());
      }
    } catch (RuntimeException e) {
      log.warn("scheduled {} syncs skipped this round: {}", kind, e.getMessage());
    }
  }

  private void consider(IntegrationId id, Instant now) {
    if (queued.test(id)) {
      return;
    }
    Optional<SyncState> state = states.get(id);
    if (state.isPresent() && state.get().isStalledAt(now)) {
      if (kind == RunKind.INCREMENTAL) {
        log.info("taking over the stalled sync of {} from its checkpoint", id);
        submit.accept(id, RunKind.INCREMENTAL);
      }
      return;
    }
    if (state.isPresent() && state.get().status() == SyncStatus.RUNNING) {
      return;
    }
    if (owed.test(id)) {
      submit.accept(id, kind);
      return;
    }
    Instant next = state.map(s -> s.nextDueAt(kind)).orElse(null);
    if (next == null) {
      states.claimDueRun(id, kind, now, now.plus(every));
    } else if (!next.isAfter(now) && states.claimDueRun(id, kind, now, now.plus(every))) {
      submit.accept(id, kind);
    }
  }
}
