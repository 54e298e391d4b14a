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
import io.tasksync.port.out.ForwardingIntegrationStore;
import io.tasksync.port.out.IntegrationStore;
import io.tasksync.port.out.StoreUnavailableException;
import io.tasksync.port.out.TokenSource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class CredentialServiceTest {

  private static final Instant T0 = Instant.parse("2026-05-01T10:00:00Z");
  private final MutableClock clock = new MutableClock(T0);
  private final InMemoryIntegrationStore integrations = new InMemoryIntegrationStore();
  private final PlainCipher cipher = new PlainCipher();
  private final RotatingClient client = new RotatingClient(clock);
  private final IntegrationId id = IntegrationId.of("int-1");

  private CredentialService service() {
    return new CredentialService(
        integrations, cipher, List.of(client), clock, Duration.ofMinutes(5));
  }

  private void connect(OAuthTokens tokens) {
    integrations.save(
        Integration.connected(
            id, OrganizationId.of("org"), Provider.LINEAR, cipher.seal(tokens, id), List.of(), T0));
  }

  private OAuthTokens stored() {
    return cipher.open(integrations.get(id).orElseThrow().credentials(), id);
  }

  @Test
  void validToken_isHandedOutWithoutRefreshing() {
    connect(new OAuthTokens("a0", "r0", T0.plus(Duration.ofHours(1)), null));

    String token = service().forIntegration(id).accessToken();

    assertThat(token).isEqualTo("a0");
    assertThat(client.refreshes).hasValue(0);
  }

  @Test
  void tokenAboutToExpire_isRefreshedAhead_andTheRotatedRefreshTokenSavedFirst() {
    connect(new OAuthTokens("a0", "r0", T0.plus(Duration.ofMinutes(4)), null));

    String token = service().forIntegration(id).accessToken();

    assertThat(token).isEqualTo("a1");
    assertThat(stored().refreshToken()).isEqualTo("r1");
    assertThat(stored().accessToken()).isEqualTo("a1");
  }

  @Test
  void concurrentRejectionsOfOneToken_refreshOnce_soARotatingRefreshTokenIsNeverReused()
      throws Exception {
    connect(new OAuthTokens("a0", "r0", T0.plus(Duration.ofHours(1)), null));
    TokenSource source = service().forIntegration(id);
    ExecutorService pool = Executors.newFixedThreadPool(6);
    List<Future<String>> results = new ArrayList<>();

    for (int i = 0; i < 6; i++) {
      results.add(pool.submit(() -> source.refreshAfterRejection("a0")));
    }
    List<String> tokens = new ArrayList<>();
    for (Future<String> f : results) {
      tokens.add(f.get(10, TimeUnit.SECONDS));
    }
    pool.shutdown();

    assertThat(tokens).containsOnly("a1");
    assertThat(client.refreshes).hasValue(1);
    assertThat(client.reusedRefreshTokens).hasValue(0);
  }

  @Test
  void whenTheNewTokensCannotBeSaved_theNewAccessTokenIsNotHandedOut() {
    connect(new OAuthTokens("a0", "r0", T0.plus(Duration.ofMinutes(1)), null));
    IntegrationStore failing = new SavesFail(integrations);
    CredentialService service =
        new CredentialService(failing, cipher, List.of(client), clock, Duration.ofMinutes(5));

    assertThatThrownBy(() -> service.forIntegration(id).accessToken())
        .isInstanceOf(StoreUnavailableException.class);
  }

  @Test
  void disconnectedIntegrationWithoutCredentials_needsTheUser_notABug() {
    connect(new OAuthTokens("a0", "r0", T0.plus(Duration.ofHours(1)), null));
    integrations.save(integrations.get(id).orElseThrow().withCredentials(null, T0));

    assertThatThrownBy(() -> service().forIntegration(id).accessToken())
        .isInstanceOf(AuthorizationException.class)
        .hasMessageContaining("reconnect");
  }

  @Test
  void rejectedTokenWithoutRefreshToken_needsTheUser() {
    connect(new OAuthTokens("a0", null, null, null));

    assertThatThrownBy(() -> service().forIntegration(id).refreshAfterRejection("a0"))
        .isInstanceOf(AuthorizationException.class)
        .hasMessageContaining("reconnect");
  }

  /** Reads from a store, fails every write of credentials. */
  private static final class SavesFail extends ForwardingIntegrationStore {
    SavesFail(IntegrationStore delegate) {
      super(delegate);
    }

    @Override
    public void save(Integration integration) {
      throw new StoreUnavailableException("store down", null);
    }

    @Override
    public boolean replaceCredentials(
        IntegrationId id,
        EncryptedCredentials expected,
        EncryptedCredentials replacement,
        Instant at) {
      throw new StoreUnavailableException("store down", null);
    }
  }
}
