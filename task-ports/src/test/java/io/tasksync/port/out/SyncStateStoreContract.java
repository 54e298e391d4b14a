package io.tasksync.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tasksync.domain.ErrorCategory;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.RunKind;
import io.tasksync.domain.SyncError;
import io.tasksync.domain.SyncProgress;
import io.tasksync.domain.SyncState;
import io.tasksync.domain.SyncStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link SyncStateStore} must do, leases included. */
public abstract class SyncStateStoreContract {

  protected static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");
  protected static final Duration TTL = Duration.ofMinutes(2);

  protected SyncStateStore store;
  protected IntegrationId id;

  protected abstract SyncStateStore createStore();

  @BeforeEach
  void setUpStore() {
    store = createStore();
    id = TestTasks.anIntegration();
  }

  @Test
  void unknownIntegration_hasNoState() {
    assertThat(store.get(id)).isEmpty();
  }

  @Test
  void savedState_roundTripsEveryField() {
    SyncState leased = store.acquireLease(id, "w1", NOW, TTL).orElseThrow();
    SyncState running =
        leased
            .start(RunKind.INITIAL, NOW)
            .markStartedEmpty()
            .advance("cursor-1", new SyncProgress(10, 7, 2, 1, 0, 0), NOW.plusSeconds(5))
            .withNextRunAt(NOW.plusSeconds(600));
    SyncState failed =
        running.fail(
            new SyncError(ErrorCategory.TRANSIENT, "HTTP 503 from the provider", NOW), NOW);

    store.save(failed);

    assertThat(store.get(id)).contains(failed);
    assertThat(store.get(id).orElseThrow().status()).isEqualTo(SyncStatus.PARTIAL);
  }

  @Test
  void acquireLease_onAFreshIntegration_createsAnIdleStateWithTheLease() {
    SyncState state = store.acquireLease(id, "w1", NOW, TTL).orElseThrow();

    assertThat(state.status()).isEqualTo(SyncStatus.IDLE);
    assertThat(state.lease().owner()).isEqualTo("w1");
    assertThat(state.lease().expiresAt()).isEqualTo(NOW.plus(TTL));
    assertThat(store.get(id)).contains(state);
  }

  @Test
  void acquireLease_heldByAnother_isRefused_untilItExpires() {
    store.acquireLease(id, "w1", NOW, TTL);

    assertThat(store.acquireLease(id, "w2", NOW.plusSeconds(60), TTL)).isEmpty();
    assertThat(store.acquireLease(id, "w2", NOW.plus(TTL), TTL)).isPresent();
    assertThat(store.get(id).orElseThrow().lease().owner()).isEqualTo("w2");
  }

  @Test
  void acquireLease_byItsOwnerAgain_succeeds() {
    store.acquireLease(id, "w1", NOW, TTL);

    assertThat(store.acquireLease(id, "w1", NOW.plusSeconds(1), TTL)).isPresent();
  }

  @Test
  void acquireLease_byItsOwnerAgain_movesTheExpiry() {
    store.acquireLease(id, "host-a/1", NOW, TTL);

    store.acquireLease(id, "host-a/1", NOW.plusSeconds(30), TTL);

    assertThat(store.get(id).orElseThrow().lease().expiresAt())
        .isEqualTo(NOW.plusSeconds(30).plus(TTL));
  }

  @Test
  void acquireLease_heldLiveByAnotherIncarnationOfTheSameInstance_isTakenAtOnce() {
    store.acquireLease(id, "host-a/dead", NOW, TTL);

    SyncState taken = store.acquireLease(id, "host-a/restarted", NOW.plusSeconds(1), TTL).get();

    assertThat(taken.lease().owner()).isEqualTo("host-a/restarted");
    assertThat(taken.lease().expiresAt()).isEqualTo(NOW.plusSeconds(1).plus(TTL));
    assertThat(store.get(id)).contains(taken);
  }

  @Test
  void acquireLease_heldLiveByAnotherInstance_isRefused_andNothingIsWritten() {
    SyncState held = store.acquireLease(id, "host-a/1", NOW, TTL).orElseThrow();

    assertThat(store.acquireLease(id, "host-b/1", NOW.plusSeconds(1), TTL)).isEmpty();
    assertThat(store.acquireLease(id, "host-b/2", NOW.plus(TTL).minusMillis(1), TTL)).isEmpty();
    assertThat(store.get(id)).contains(held);
  }

  @Test
  void acquireLease_byOwnersWithoutAnIncarnation_waitsForExpiry() {
    store.acquireLease(id, "host-a", NOW, TTL);

    assertThat(store.acquireLease(id, "host-a/1", NOW.plusSeconds(1), TTL)).isEmpty();
    assertThat(store.acquireLease(id, "host-a/1", NOW.plus(TTL), TTL)).isPresent();
    assertThat(store.acquireLease(id, "host-a", NOW.plus(TTL).plusSeconds(1), TTL)).isEmpty();
  }

  @Test
  void acquireLease_ofAReleasedLease_succeedsForAnyone() {
    store.acquireLease(id, "host-a/1", NOW, TTL);
    store.releaseLease(id, "host-a/1");

    assertThat(store.acquireLease(id, "host-b/1", NOW.plusSeconds(1), TTL)).isPresent();
  }

  @Test
  void earlierIncarnation_afterItsLeaseWasTakenBack_cannotSaveRenewOrRelease() {
    SyncState dead = store.acquireLease(id, "host-a/dead", NOW, TTL).orElseThrow();
    store.acquireLease(id, "host-a/restarted", NOW.plusSeconds(1), TTL);

    assertThatThrownBy(() -> store.save(dead.start(RunKind.INITIAL, NOW)))
        .isInstanceOf(LeaseLostException.class);
    assertThat(store.renewLease(id, "host-a/dead", NOW.plusSeconds(2), TTL)).isFalse();
    store.releaseLease(id, "host-a/dead");
    assertThat(store.get(id).orElseThrow().lease().owner()).isEqualTo("host-a/restarted");
  }

  @Test
  void renewLease_worksForTheOwnerOnly() {
    store.acquireLease(id, "w1", NOW, TTL);

    boolean byOwner = store.renewLease(id, "w1", NOW.plusSeconds(60), TTL);
    boolean byOther = store.renewLease(id, "w2", NOW.plusSeconds(60), TTL);

    assertThat(byOwner).isTrue();
    assertThat(byOther).isFalse();
    assertThat(store.get(id).orElseThrow().lease().expiresAt())
        .isEqualTo(NOW.plusSeconds(60).plus(TTL));
  }

  @Test
  void releaseLease_byTheOwner_freesIt_byAnother_doesNothing() {
    store.acquireLease(id, "w1", NOW, TTL);

    store.releaseLease(id, "w2");
    assertThat(store.get(id).orElseThrow().lease()).isNotNull();
    store.releaseLease(id, "w1");

    assertThat(store.get(id).orElseThrow().lease()).isNull();
    assertThat(store.acquireLease(id, "w2", NOW, TTL)).isPresent();
  }

  @Test
  void save_underALeaseTakenOverByAnother_failsWithLeaseLost() {
    SyncState mine = store.acquireLease(id, "w1", NOW, TTL).orElseThrow();
    store.acquireLease(id, "w2", NOW.plus(TTL), TTL);

    assertThatThrownBy(() -> store.save(mine.start(RunKind.INITIAL, NOW)))
        .isInstanceOf(LeaseLostException.class);
    assertThat(store.get(id).orElseThrow().lease().owner()).isEqualTo("w2");
  }

  @Test
  void save_afterThePauseDroppedTheLease_failsWithLeaseLost() {
    SyncState running = store.acquireLease(id, "w1", NOW, TTL).orElseThrow();
    running = running.start(RunKind.INITIAL, NOW);
    store.save(running);
    store.save(running.pause(NOW));

    SyncState stale = running.advance("c", SyncProgress.ZERO, NOW);
    assertThatThrownBy(() -> store.save(stale)).isInstanceOf(LeaseLostException.class);
    assertThat(store.get(id).orElseThrow().status()).isEqualTo(SyncStatus.PAUSED);
  }

  @Test
  void twoWorkersRacingForOneLease_exactlyOneWins() throws Exception {
    int workers = 8;
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Boolean>> results = new ArrayList<>();
    for (int w = 0; w < workers; w++) {
      String owner = "racer-" + w;
      results.add(
          pool.submit(
              () -> {
                start.await();
                return acquireForRace(owner).isPresent();
              }));
    }

    start.countDown();
    int winners = 0;
    for (Future<Boolean> r : results) {
      winners += r.get(60, TimeUnit.SECONDS) ? 1 : 0;
    }
    pool.shutdown();

    assertThat(winners).isEqualTo(1);
  }

  /** Hook for stores whose race must go through separate clients; defaults to this store. */
  protected java.util.Optional<SyncState> acquireForRace(String owner) {
    return store.acquireLease(id, owner, NOW, TTL);
  }

  @Test
  void claimDueRun_ofANewIntegration_claimsAndSetsTheNextRun() {
    boolean claimed = store.claimDueRun(id, NOW, NOW.plusSeconds(300));

    assertThat(claimed).isTrue();
    assertThat(store.get(id).orElseThrow().nextRunAt()).isEqualTo(NOW.plusSeconds(300));
  }

  @Test
  void claimDueRun_beforeTheNextRun_isRefused_atItIsClaimed() {
    store.claimDueRun(id, NOW, NOW.plusSeconds(300));

    boolean early = store.claimDueRun(id, NOW.plusSeconds(299), NOW.plusSeconds(599));
    boolean onTime = store.claimDueRun(id, NOW.plusSeconds(300), NOW.plusSeconds(600));

    assertThat(early).isFalse();
    assertThat(onTime).isTrue();
    assertThat(store.get(id).orElseThrow().nextRunAt()).isEqualTo(NOW.plusSeconds(600));
  }

  @Test
  void claimDueRun_keepsTheLease() {
    store.acquireLease(id, "w1", NOW, TTL);

    store.claimDueRun(id, NOW, NOW.plusSeconds(300));

    assertThat(store.get(id).orElseThrow().lease().owner()).isEqualTo("w1");
    assertThat(store.acquireLease(id, "w2", NOW, TTL)).isEmpty();
  }

  @Test
  void claimDueReconcile_isIndependentOfTheIncrementalRun() {
    store.claimDueRun(id, NOW, NOW.plusSeconds(300));

    boolean first = store.claimDueRun(id, RunKind.RECONCILE, NOW, NOW.plusSeconds(3600));
    boolean early =
        store.claimDueRun(id, RunKind.RECONCILE, NOW.plusSeconds(3599), NOW.plusSeconds(7199));
    boolean incremental = store.claimDueRun(id, NOW.plusSeconds(300), NOW.plusSeconds(600));
    boolean onTime =
        store.claimDueRun(id, RunKind.RECONCILE, NOW.plusSeconds(3600), NOW.plusSeconds(7200));

    assertThat(first).isTrue();
    assertThat(early).isFalse();
    assertThat(incremental).isTrue();
    assertThat(onTime).isTrue();
    SyncState state = store.get(id).orElseThrow();
    assertThat(state.nextRunAt()).isEqualTo(NOW.plusSeconds(600));
    assertThat(state.nextReconcileAt()).isEqualTo(NOW.plusSeconds(7200));
  }

  @Test
  void claimDueRun_ofAnInitialRun_isRefusedAsNotScheduled() {
    assertThatThrownBy(() -> store.claimDueRun(id, RunKind.INITIAL, NOW, NOW.plusSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void racingClaimsOfOneDueReconcile_exactlyOneWins() throws Exception {
    assertThat(race(RunKind.RECONCILE)).isEqualTo(1);
  }

  @Test
  void racingClaimsOfOneDueRun_exactlyOneWins() throws Exception {
    assertThat(race(RunKind.INCREMENTAL)).isEqualTo(1);
  }

  private int race(RunKind kind) throws Exception {
    int racers = 8;
    ExecutorService pool = Executors.newFixedThreadPool(racers);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Boolean>> results = new ArrayList<>();
    for (int r = 0; r < racers; r++) {
      int racer = r;
      results.add(
          pool.submit(
              () -> {
                start.await();
                return claimForRace(racer, kind);
              }));
    }

    start.countDown();
    int winners = 0;
    for (Future<Boolean> r : results) {
      winners += r.get(60, TimeUnit.SECONDS) ? 1 : 0;
    }
    pool.shutdown();
    return winners;
  }

  @Test
  void saveUnderALease_keepsTheClaimedNextRun() {
    SyncState leased = store.acquireLease(id, "w1", NOW, TTL).orElseThrow();
    store.claimDueRun(id, NOW, NOW.plusSeconds(300));

    store.save(leased.withNextRunAt(null));

    assertThat(store.get(id).orElseThrow().nextRunAt()).isEqualTo(NOW.plusSeconds(300));
  }

  @Test
  void saveUnderALease_keepsTheClaimedNextReconcile() {
    SyncState leased = store.acquireLease(id, "w1", NOW, TTL).orElseThrow();
    store.claimDueRun(id, RunKind.RECONCILE, NOW, NOW.plusSeconds(3600));

    store.save(leased.withNextDueAt(RunKind.RECONCILE, null));

    assertThat(store.get(id).orElseThrow().nextReconcileAt()).isEqualTo(NOW.plusSeconds(3600));
  }

  /** Hook for stores whose race must go through separate clients; defaults to this store. */
  protected boolean claimForRace(int racer, RunKind kind) {
    return store.claimDueRun(id, kind, NOW, NOW.plusSeconds(300));
  }

  @Test
  void delete_forgetsTheState() {
    store.acquireLease(id, "w1", NOW, TTL);

    store.delete(id);

    assertThat(store.get(id)).isEmpty();
  }
}
