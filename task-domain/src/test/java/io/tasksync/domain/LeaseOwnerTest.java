package io.tasksync.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LeaseOwnerTest {

  private static final Instant T = Instant.parse("2026-05-01T10:00:00Z");
  private static final Duration TTL = Duration.ofMinutes(2);

  @Test
  void ownerId_roundTripsThroughParse() {
    LeaseOwner owner = LeaseOwner.of("worker-a", "1a2b3c");

    assertThat(owner.id()).isEqualTo("worker-a/1a2b3c");
    assertThat(LeaseOwner.parse(owner.id())).isEqualTo(owner);
    assertThat(LeaseOwner.parse("legacy-owner")).isEqualTo(new LeaseOwner("legacy-owner", ""));
  }

  @Test
  void instanceWithASlash_isRefused() {
    assertThatThrownBy(() -> LeaseOwner.of("a/b", "1"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LeaseOwner.of(" ", "1")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void liveLease_ofAnotherIncarnationOfTheSameInstance_canBeTakenAtOnce() {
    Lease lease = Lease.of("worker-a/old", T, TTL);

    assertThat(lease.canBeTakenBy("worker-a/new", T.plusSeconds(1))).isTrue();
  }

  @Test
  void liveLease_ofAnotherInstance_waitsForItsExpiry() {
    Lease lease = Lease.of("worker-a/old", T, TTL);

    assertThat(lease.canBeTakenBy("worker-b/new", T.plusSeconds(1))).isFalse();
    assertThat(lease.canBeTakenBy("worker-b/new", T.plus(TTL))).isTrue();
  }

  @Test
  void ownersWithoutAnIncarnation_takeOnlyTheirOwnLease() {
    Lease lease = Lease.of("worker-a", T, TTL);

    assertThat(lease.canBeTakenBy("worker-a", T)).isTrue();
    assertThat(lease.canBeTakenBy("worker-a/new", T)).isFalse();
    assertThat(Lease.of("worker-a/old", T, TTL).canBeTakenBy("worker-a", T)).isFalse();
  }
}
