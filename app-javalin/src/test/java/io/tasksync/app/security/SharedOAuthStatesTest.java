package io.tasksync.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.tasksync.application.connect.OAuthStates;
import io.tasksync.application.memory.InMemoryPendingAuthorizationStore;
import io.tasksync.domain.OrganizationId;
import io.tasksync.domain.Provider;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Two instances' OAuth states over one pending-authorization store, as on one Firestore. */
class SharedOAuthStatesTest {

  private static final OrganizationId ORG = OrganizationId.of("org-a");
  private final InMemoryPendingAuthorizationStore shared = new InMemoryPendingAuthorizationStore();
  private final String keyset = TinkTokenCipher.generateJsonKeyset();

  private OAuthStates instance(String keysetJson) {
    return new OAuthStates(
        shared,
        StateKey.fromKeyset(keysetJson).signingKey(),
        Clock.systemUTC(),
        Duration.ofMinutes(10));
  }

  @Test
  void stateIssuedOnOneInstance_isRedeemedOnAnother_once() {
    OAuthStates a = instance(keyset);
    OAuthStates b = instance(keyset);
    OAuthStates.Issued issued = a.issue(ORG, Provider.LINEAR, true, "browser-cookie");

    var redeemed = b.redeem(issued.state(), Provider.LINEAR);
    var again = a.redeem(issued.state(), Provider.LINEAR);

    assertThat(redeemed).isPresent();
    assertThat(redeemed.get().organization()).isEqualTo(ORG);
    assertThat(redeemed.get().codeVerifier()).isNotNull();
    assertThat(OAuthStates.challenge(redeemed.get().codeVerifier()))
        .isEqualTo(issued.codeChallenge());
    assertThat(redeemed.get().startedIn("browser-cookie")).isTrue();
    assertThat(again).isEmpty();
  }

  @Test
  void instanceWithAnotherKeyset_refusesTheStateAndLeavesItPending() {
    OAuthStates a = instance(keyset);
    OAuthStates stranger = instance(TinkTokenCipher.generateJsonKeyset());
    OAuthStates.Issued issued = a.issue(ORG, Provider.ASANA, false, "browser-cookie");

    var refused = stranger.redeem(issued.state(), Provider.ASANA);

    assertThat(refused).isEmpty();
    assertThat(a.redeem(issued.state(), Provider.ASANA)).isPresent();
  }
}
