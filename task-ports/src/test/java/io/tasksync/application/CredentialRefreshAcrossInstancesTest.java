package io.tasksync.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tasksync.application.memory.InMemoryIntegrationStore;
import io.tasksync.domain.EncryptedCredentials;
import io.tasksync.domain.Integration;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.OAuthTokens;
import io.tasksync.domain.OrganizationId;
import io.tasksync.domain.Provider;
import io.tasksync.port.out.AuthorizationException;
import io.tasksync.port.out.ProviderUnavailableException;
import io.tasksync.port.out.RefreshClaim;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * What one instance does when another instance, sharing the store, refreshes the same integration:
 * the other instance is played by the test, through the store and the provider.
 */
class CredentialRefreshAcrossInstancesTest {

  private static final Instant T0 = Instant.parse("2026-05-01T10:00:00Z");
  private final MutableClock clock = new MutableClock(T0);
  private final InMemoryIntegrationStore store = new InMemoryIntegrationStore();
  private final PlainCipher cipher = new PlainCipher();
  private final RotatingClient client = new RotatingClient(clock);
  private final IntegrationId id = IntegrationId.of("int-1");
  private final CredentialSettings settings =
      CredentialSettings.defaults().withClaim(Duration.ofSeconds(30), Duration.ofSeconds(1));
  private final AtomicInteger waits = new AtomicInteger();
  private Runnable onWait = () -> {};

  private CredentialService anInstance() {
    return new CredentialService(
        store,
        cipher,
        List.of(client),
        clock,
        settings,
        d -> {
          waits.incrementAndGet();
          onWait.run();
        });
  }

  private EncryptedCredentials connectExpired() {
    EncryptedCredentials sealed =
        cipher.seal(new OAuthTokens("a0", "r0", T0.minusSeconds(1), null), id);
    store.save(
        Integration.connected(
            id, OrganizationId.of("org"), Provider.LINEAR, sealed, List.of(), T0));
    return sealed;
  }

  /** The other instance's whole refresh: spend r0 at the provider, then compare and set. */
  private void otherInstanceRefreshes(EncryptedCredentials read) {
    OAuthTokens fresh = client.rotate(new OAuthTokens("a0", "r0", T0, null));
    store.replaceCredentials(id, read, cipher.seal(fresh, id), clock.instant());
  }

  private OAuthTokens stored() {
    return cipher.open(store.get(id).orElseThrow().credentials(), id);
  }

  @Test
  void anotherInstanceHoldingTheClaim_isWaitedFor_andItsTokensUsed_withoutCallingTheProvider() {
    EncryptedCredentials read = connectExpired();
    store.claimRefresh(id, read, new RefreshClaim("other", T0.plusSeconds(30)), T0);
    onWait = () -> otherInstanceRefreshes(read);

    String token = anInstance().forIntegration(id).accessToken();

    assertThat(token).isEqualTo("a1");
    assertThat(waits).hasValue(1);
    assertThat(client.refreshes).hasValue(1);
    assertThat(client.reusedRefreshTokens).hasValue(0);
  }

  @Test
  void aLapsedClaim_isTakenOver_andTheRefreshDoneHere() {
    EncryptedCredentials read = connectExpired();
    store.claimRefresh(id, read, new RefreshClaim("crashed", T0.plusSeconds(30)), T0);
    onWait = () -> clock.advance(Duration.ofSeconds(10));

    String token = anInstance().forIntegration(id).accessToken();

    assertThat(token).isEqualTo("a1");
    assertThat(waits).hasValue(3);
    assertThat(stored().refreshToken()).isEqualTo("r1");
  }

  @Test
  void aClaimRenewedForever_endsTheWait_withProviderUnavailable() {
    EncryptedCredentials read = connectExpired();
    onWait =
        () -> {
          clock.advance(Duration.ofSeconds(10));
          store.claimRefresh(
              id,
              read,
              new RefreshClaim("stuck", clock.instant().plusSeconds(30)),
              clock.instant());
        };
    store.claimRefresh(id, read, new RefreshClaim("stuck", T0.plusSeconds(30)), T0);

    assertThatThrownBy(() -> anInstance().forIntegration(id).accessToken())
        .isInstanceOf(ProviderUnavailableException.class)
        .hasMessageContaining("another instance");
    assertThat(client.refreshes).hasValue(0);
  }

  @Test
  void refreshRefused_butTheCredentialsWereReplacedMeanwhile_usesTheStoredOnes() {
    EncryptedCredentials read = connectExpired();
    client.beforeRefresh = () -> otherInstanceRefreshes(read);

    String token = anInstance().forIntegration(id).accessToken();

    assertThat(token).isEqualTo("a1");
    assertThat(stored().refreshToken()).isEqualTo("r1");
  }

  @Test
  void refreshRefused_andNothingReplaced_needsTheUser() {
    connectExpired();
    client.beforeRefresh = () -> client.rotate(new OAuthTokens("a0", "r0", T0, null));

    assertThatThrownBy(() -> anInstance().forIntegration(id).accessToken())
        .isInstanceOf(AuthorizationException.class);
  }

  @Test
  void compareAndSetLost_theWinnersTokensAreUsed_andOursDropped() {
    EncryptedCredentials read = connectExpired();
    EncryptedCredentials winners =
        cipher.seal(new OAuthTokens("w0", "w-refresh", T0.plusSeconds(3600), null), id);
    client.beforeRefresh = () -> store.replaceCredentials(id, read, winners, T0);

    String token = anInstance().forIntegration(id).accessToken();

    assertThat(token).isEqualTo("w0");
    assertThat(store.get(id).orElseThrow().credentials()).isEqualTo(winners);
  }
}
