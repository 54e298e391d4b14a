package io.tasksync.application.sync;

import io.tasksync.domain.ConnectionStatus;
import io.tasksync.domain.Integration;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.RunKind;
import io.tasksync.domain.SyncState;
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
 * The periodic incremental syncs, shared by every instance through the sync state: an integration
 * first seen is given a {@code nextRunAt} one interval ahead; a due one is claimed atomically (the
 * claim moves {@code nextRunAt} on), so of N instances exactly one queues its run; and a run left
 * RUNNING by a dead instance is queued again once its lease has expired, resuming from its
 * checkpoint.
 */
final class DueRuns {

  private static final Logger log = LoggerFactory.getLogger(DueRuns.class);

  private final IntegrationStore integrations;
  private final SyncStateStore states;
  private final Predicate<IntegrationId> queued;
  private final BiConsumer<IntegrationId, RunKind> submit;
  private final Duration every;
  private final Clock clock;

  DueRuns(
      IntegrationStore integrations,
      SyncStateStore states,
      Predicate<IntegrationId> queued,
      BiConsumer<IntegrationId, RunKind> submit,
      Duration every,
      Clock clock) {
    this.integrations = integrations;
    this.states = states;
    this.queued = queued;
    this.submit = submit;
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
      log.warn("scheduled syncs skipped this round: {}", e.getMessage());
    }
  }

  private void consider(IntegrationId id, Instant now) {
    if (queued.test(id)) {
      return;
    }
    Optional<SyncState> state = states.get(id);
    if (state.isPresent() && state.get().isStalledAt(now)) {
      log.info("taking over the stalled sync of {} from its checkpoint", id);
      submit.accept(id, RunKind.INCREMENTAL);
      return;
    }
    Instant next = state.map(SyncState::nextRunAt).orElse(null);
    if (next == null) {
      states.claimDueRun(id, now, now.plus(every));
    } else if (!next.isAfter(now) && states.claimDueRun(id, now, now.plus(every))) {
      submit.accept(id, RunKind.INCREMENTAL);
    }
  }
}
