package io.tasksync.application.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.tasksync.application.memory.InMemoryIntegrationStore;
import io.tasksync.application.memory.InMemorySyncStateStore;
import io.tasksync.domain.EncryptedCredentials;
import io.tasksync.domain.Integration;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.OrganizationId;
import io.tasksync.domain.Provider;
import io.tasksync.domain.RunKind;
import io.tasksync.domain.SyncState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two instances' schedulers over one sync-state store, as on one Firestore. */
class DueRunsTest {

  private static final Duration EVERY = Duration.ofMinutes(5);
  private static final Instant T0 = Instant.parse("2026-05-01T10:00:00Z");

  private final InMemoryIntegrationStore integrations = new InMemoryIntegrationStore();
  private final InMemorySyncStateStore states = new InMemorySyncStateStore();
  private final Now clock = new Now();
  private final List<IntegrationId> runsOfA = new ArrayList<>();
  private final List<IntegrationId> runsOfB = new ArrayList<>();
  private DueRuns a;
  private DueRuns b;
  private List<IntegrationId> ids;

  @BeforeEach
  void tenIntegrations() {
    ids =
        IntStream.range(0, 10)
            .mapToObj(
                i -> {
                  IntegrationId id = IntegrationId.random();
                  integrations.save(
                      Integration.connected(
                          id,
                          OrganizationId.of("org"),
                          Provider.ASANA,
                          new EncryptedCredentials("c", "k"),
                          List.of(),
                          T0));
                  return id;
                })
            .toList();
    a = new DueRuns(integrations, states, id -> false, (id, k) -> runsOfA.add(id), EVERY, clock);
    b = new DueRuns(integrations, states, id -> false, (id, k) -> runsOfB.add(id), EVERY, clock);
  }

  @Test
  void twoInstances_runEachDueIntegrationOncePerInterval() {
    a.tick();
    b.tick();
    assertThat(runsOfA).isEmpty();
    assertThat(runsOfB).isEmpty();

    for (int interval = 1; interval <= 3; interval++) {
      clock.now = T0.plus(EVERY.multipliedBy(interval));
      if (interval % 2 == 0) {
        b.tick();
        a.tick();
      } else {
        a.tick();
        b.tick();
      }
      List<IntegrationId> all = new ArrayList<>(runsOfA);
      all.addAll(runsOfB);
      assertThat(all).hasSize(10 * interval);
      for (IntegrationId id : ids) {
        assertThat(all.stream().filter(id::equals)).hasSize(interval);
      }
    }
  }

  @Test
  void twoInstances_reconcileEachIntegrationOncePerReconcileInterval() {
    Duration reconcileEvery = Duration.ofHours(6);
    List<RunKind> kinds = new ArrayList<>();
    DueRuns ra = reconciles(reconcileEvery, runsOfA, kinds);
    DueRuns rb = reconciles(reconcileEvery, runsOfB, kinds);
    ra.tick();
    rb.tick();

    for (int interval = 1; interval <= 2; interval++) {
      clock.now = T0.plus(reconcileEvery.multipliedBy(interval));
      rb.tick();
      ra.tick();
      clock.now = clock.now.plusSeconds(1);
      ra.tick();
      rb.tick();
    }

    List<IntegrationId> all = new ArrayList<>(runsOfA);
    all.addAll(runsOfB);
    assertThat(all).hasSize(20);
    ids.forEach(id -> assertThat(all.stream().filter(id::equals)).hasSize(2));
    assertThat(kinds).containsOnly(RunKind.RECONCILE);
  }

  @Test
  void dueReconcile_waitsWhileAnotherInstanceRunsASync() {
    Duration reconcileEvery = Duration.ofHours(6);
    DueRuns ra = reconciles(reconcileEvery, runsOfA, new ArrayList<>());
    ra.tick();
    IntegrationId id = ids.get(0);
    clock.now = T0.plus(reconcileEvery);
    SyncState leased =
        states.acquireLease(id, "other/1", clock.now, Duration.ofMinutes(2)).orElseThrow();
    states.save(leased.start(RunKind.INCREMENTAL, clock.now));

    ra.tick();
    assertThat(runsOfA).hasSize(9).doesNotContain(id);

    states.save(states.get(id).orElseThrow().succeed(clock.now).withLease(null));
    ra.tick();
    assertThat(runsOfA).hasSize(10).contains(id);
  }

  @Test
  void claimedReconcileThatMetAnotherInstancesLease_isQueuedAgainOnceTheRunEnds() {
    Duration reconcileEvery = Duration.ofHours(6);
    IntegrationId id = ids.get(0);
    Set<IntegrationId> owed = new HashSet<>();
    DueRuns ra = reconciles(reconcileEvery, runsOfA, new ArrayList<>(), owed::remove);
    ra.tick();
    clock.now = T0.plus(reconcileEvery);
    ra.tick();
    assertThat(runsOfA).containsOnlyOnce(id);
    SyncState leased =
        states.acquireLease(id, "other/1", clock.now, Duration.ofMinutes(2)).orElseThrow();
    states.save(leased.start(RunKind.INCREMENTAL, clock.now));
    owed.add(id);

    clock.now = clock.now.plusSeconds(30);
    ra.tick();
    assertThat(runsOfA).containsOnlyOnce(id);

    states.save(states.get(id).orElseThrow().succeed(clock.now).withLease(null));
    ra.tick();
    ra.tick();
    assertThat(runsOfA.stream().filter(id::equals)).hasSize(2);
    assertThat(states.get(id).orElseThrow().nextReconcileAt())
        .isEqualTo(T0.plus(reconcileEvery.multipliedBy(2)));
  }

  private DueRuns reconciles(Duration every, List<IntegrationId> runs, List<RunKind> kinds) {
    return reconciles(every, runs, kinds, id -> false);
  }

  private DueRuns reconciles(
      Duration every,
      List<IntegrationId> runs,
      List<RunKind> kinds,
      Predicate<IntegrationId> owed) {
    return new DueRuns(
        integrations,
        states,
        id -> false,
        (id, k) -> {
          runs.add(id);
          kinds.add(k);
        },
        owed,
        RunKind.RECONCILE,
        every,
        clock);
  }

  @Test
  void runLeftByADeadInstance_isTakenOverOnlyAfterItsLeaseExpires() {
    IntegrationId id = ids.get(0);
    SyncState leased = states.acquireLease(id, "dead/1", T0, Duration.ofMinutes(2)).orElseThrow();
    states.save(leased.start(RunKind.INITIAL, T0));
    a.tick();

    clock.now = T0.plusSeconds(119);
    b.tick();
    assertThat(runsOfB).doesNotContain(id);

    clock.now = T0.plusSeconds(120);
    b.tick();
    assertThat(runsOfB).containsOnlyOnce(id);
  }

  private static final class Now extends Clock {
    volatile Instant now = T0;

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
