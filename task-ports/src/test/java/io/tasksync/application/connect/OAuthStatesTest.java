package io.tasksync.application.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tasksync.application.MutableClock;
import io.tasksync.application.memory.InMemoryPendingAuthorizationStore;
import io.tasksync.domain.OrganizationId;
import io.tasksync.domain.Provider;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class OAuthStatesTest {

  private static final OrganizationId ORG = OrganizationId.of("org-a");
  private static final StateSigningKey KEY = StateSigningKey.of(filled(32, (byte) 7));

  private final MutableClock clock = new MutableClock(Instant.parse("2026-05-01T10:00:00Z"));
  private final InMemoryPendingAuthorizationStore pending = new InMemoryPendingAuthorizationStore();
  private final OAuthStates states = new OAuthStates(pending, KEY, clock, Duration.ofMinutes(10));

  private static byte[] filled(int length, byte value) {
    byte[] bytes = new byte[length];
    Arrays.fill(bytes, value);
    return bytes;
  }

  @Test
  void issuedState_isRedeemedOnce_withItsVerifierAndBrowser() {
    OAuthStates.Issued issued = states.issue(ORG, Provider.ASANA, true, "cookie");

    var redeemed = states.redeem(issued.state(), Provider.ASANA);

    assertThat(redeemed).isPresent();
    assertThat(OAuthStates.challenge(redeemed.get().codeVerifier()))
        .isEqualTo(issued.codeChallenge());
    assertThat(redeemed.get().startedIn("cookie")).isTrue();
    assertThat(redeemed.get().startedIn("another-cookie")).isFalse();
    assertThat(states.redeem(issued.state(), Provider.ASANA)).isEmpty();
  }

  @Test
  void stateForAnotherProvider_tamperedOrExpired_isRefused() {
    String forLinear = states.issue(ORG, Provider.LINEAR, false, "c").state();
    String tampered = "x" + states.issue(ORG, Provider.ASANA, false, "c").state().substring(1);
    String expiring = states.issue(ORG, Provider.ASANA, false, "c").state();
    clock.advance(Duration.ofMinutes(11));

    assertThat(states.redeem(forLinear, Provider.ASANA)).isEmpty();
    assertThat(states.redeem(tampered, Provider.ASANA)).isEmpty();
    assertThat(states.redeem(expiring, Provider.ASANA)).isEmpty();
  }

  @Test
  void stateSignedWithAnotherKey_isRefused() {
    OAuthStates other =
        new OAuthStates(
            pending, StateSigningKey.of(filled(32, (byte) 9)), clock, Duration.ofMinutes(10));
    String state = other.issue(ORG, Provider.ASANA, false, "c").state();

    assertThat(states.redeem(state, Provider.ASANA)).isEmpty();
  }

  @Test
  void shortKey_isRefused_andNeverPrinted() {
    assertThatThrownBy(() -> StateSigningKey.of(new byte[16]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(KEY.toString()).doesNotContain("7").contains("redacted");
  }
}
