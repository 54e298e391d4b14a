package io.tasksync.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SyncStateTest {

  private static final Instant T = Instant.parse("2026-05-01T10:00:00Z");
  private final SyncState idle = SyncState.idle(Tasks.INTEGRATION);

  private static SyncProgress fetched(long n) {
    return new SyncProgress(n, n, 0, 0, 0, 0);
  }

  @Test
  void aRunThatSucceeds_closesTheCheckpoint_andItsStartBecomesTheHighWaterMark() {
    SyncState done =
        idle.start(RunKind.INITIAL, T)
            .advance("page-1", fetched(100), T.plusSeconds(1))
            .succeed(T.plusSeconds(2));

    assertThat(done.status()).isEqualTo(SyncStatus.SUCCEEDED);
    assertThat(done.checkpoint()).isEqualTo(new Checkpoint(null, null, T));
    assertThat(done.progress().created()).isEqualTo(100);
    assertThat(done.lastSuccessAt()).isEqualTo(T.plusSeconds(2));
    assertThat(done.hasUnfinishedRun()).isFalse();
  }

  @Test
  void aTransientFailureAfterProgress_isPartial_andKeepsTheCheckpointToResume() {
    SyncState partial =
        idle.start(RunKind.INITIAL, T)
            .advance("page-3", fetched(300), T)
            .fail(new SyncError(ErrorCategory.TRANSIENT, "HTTP 503", T), T);

    assertThat(partial.status()).isEqualTo(SyncStatus.PARTIAL);
    assertThat(partial.hasUnfinishedRun()).isTrue();
    SyncState resumed = partial.resume(T.plusSeconds(60));
    assertThat(resumed.checkpoint().cursor()).isEqualTo("page-3");
    assertThat(resumed.progress().fetched()).isEqualTo(300);
    assertThat(resumed.startedAt()).isEqualTo(T);
  }

  @Test
  void errorCategories_decideTheEndStatus() {
    SyncState running = idle.start(RunKind.INCREMENTAL, T);

    assertThat(running.fail(new SyncError(ErrorCategory.TRANSIENT, "x", T), T).status())
        .isEqualTo(SyncStatus.FAILED);
    assertThat(running.fail(new SyncError(ErrorCategory.BUG, "x", T), T).status())
        .isEqualTo(SyncStatus.FAILED);
    assertThat(running.fail(new SyncError(ErrorCategory.NEEDS_USER, "x", T), T).status())
        .isEqualTo(SyncStatus.NEEDS_REAUTH);
  }

  @ParameterizedTest
  @CsvSource({
    "IDLE, SUCCEEDED",
    "IDLE, FAILED",
    "SUCCEEDED, FAILED",
    "PAUSED, RUNNING",
    "NEEDS_REAUTH, RUNNING",
    "FAILED, SUCCEEDED"
  })
  void illegalTransitions_areRejected(SyncStatus from, SyncStatus to) {
    assertThat(from.canMoveTo(to)).isFalse();
    assertThatThrownBy(() -> from.moveTo(to))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(from.name())
        .hasMessageContaining(to.name());
  }

  @Test
  void succeedingWithoutRunning_isRejected() {
    assertThatThrownBy(() -> idle.succeed(T)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> idle.advance("c", SyncProgress.ZERO, T))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void needsReauth_mustBeResetBeforeRunningAgain() {
    SyncState reauth =
        idle.start(RunKind.INITIAL, T)
            .fail(new SyncError(ErrorCategory.NEEDS_USER, "revoked", T), T);

    assertThatThrownBy(() -> reauth.start(RunKind.INITIAL, T))
        .isInstanceOf(IllegalStateException.class);
    assertThat(reauth.reset().start(RunKind.INITIAL, T).status()).isEqualTo(SyncStatus.RUNNING);
  }

  @Test
  void pause_dropsTheLease_andBlocksNewRuns() {
    SyncState paused =
        idle.withLease(Lease.of("w1", T, java.time.Duration.ofMinutes(1)))
            .start(RunKind.INITIAL, T)
            .pause(T);

    assertThat(paused.lease()).isNull();
    assertThat(paused.status().canStartRun()).isFalse();
  }

  @Test
  void aRunWhoseListingCompletedButWithheldSomething_isPartialAndClosed() {
    SyncState warned =
        idle.start(RunKind.RECONCILE, T)
            .completeWithWarning(new SyncError(ErrorCategory.NEEDS_USER, "withheld", T), T);

    assertThat(warned.status()).isEqualTo(SyncStatus.PARTIAL);
    assertThat(warned.hasUnfinishedRun()).isFalse();
    assertThat(warned.lastError().message()).isEqualTo("withheld");
  }

  @Test
  void lease_expiresAtItsInstant() {
    Lease lease = Lease.of("w1", T, java.time.Duration.ofSeconds(30));

    assertThat(lease.isHeldBy("w1", T.plusSeconds(29))).isTrue();
    assertThat(lease.isHeldBy("w2", T)).isFalse();
    assertThat(lease.isExpiredAt(T.plusSeconds(30))).isTrue();
  }

  @Test
  void runningStateWithAnExpiredLease_isStalled_aLiveOneIsNot() {
    SyncState running =
        idle.start(RunKind.INITIAL, T)
            .withLease(Lease.of("worker-a/1", T, java.time.Duration.ofMinutes(2)));

    assertThat(running.isStalledAt(T.plusSeconds(119))).isFalse();
    assertThat(running.isStalledAt(T.plus(java.time.Duration.ofMinutes(2)))).isTrue();
    assertThat(running.withLease(null).isStalledAt(T)).isTrue();
    assertThat(
            running.succeed(T).withLease(null).isStalledAt(T.plus(java.time.Duration.ofMinutes(2))))
        .isFalse();
  }

  @Test
  void startedEmpty_survivesPagesAndAResume_andClosesWithTheRun() {
    SyncState running = idle.start(RunKind.INITIAL, T).markStartedEmpty();

    SyncState resumed =
        running
            .advance("page-1", SyncProgress.ZERO, T)
            .fail(new SyncError(ErrorCategory.TRANSIENT, "x", T), T)
            .resume(T.plusSeconds(5));

    assertThat(resumed.checkpoint().startedEmpty()).isTrue();
    assertThat(resumed.succeed(T).checkpoint().startedEmpty()).isFalse();
    assertThat(resumed.succeed(T).start(RunKind.RECONCILE, T).checkpoint().startedEmpty())
        .isFalse();
  }
}
