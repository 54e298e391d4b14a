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
import io.tasksync.port.out.OAuthClient;
import io.tasksync.port.out.TokenCipher;
import io.tasksync.port.out.TokenSource;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CredentialServiceTest {

  private static final Instant T0 = Instant.parse("2026-05-01T10:00:00Z");
  private final MutableClock clock = new MutableClock(T0);
  private final InMemoryIntegrationStore integrations = new InMemoryIntegrationStore();
  private final PlainCipher cipher = new PlainCipher();
  private final RotatingClient client = new RotatingClient();
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
    assertThat(client.reusedRefreshTokens).isZero();
  }

  @Test
  void whenTheNewTokensCannotBeSaved_theNewAccessTokenIsNotHandedOut() {
    connect(new OAuthTokens("a0", "r0", T0.plus(Duration.ofMinutes(1)), null));
    io.tasksync.port.out.IntegrationStore failing = new SavesFail(integrations);
    CredentialService service =
        new CredentialService(failing, cipher, List.of(client), clock, Duration.ofMinutes(5));

    assertThatThrownBy(() -> service.forIntegration(id).accessToken())
        .isInstanceOf(io.tasksync.port.out.StoreUnavailableException.class);
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

  /** A cipher that only encodes: enough to observe what was saved. */
  private static final class PlainCipher implements TokenCipher {
    @Override
    public EncryptedCredentials seal(OAuthTokens t, IntegrationId id) {
      String text = t.accessToken() + "|" + t.refreshToken() + "|" + t.expiresAt();
      return new EncryptedCredentials("plain", Base64.getEncoder().encodeToString(text.getBytes()));
    }

    @Override
    public OAuthTokens open(EncryptedCredentials c, IntegrationId id) {
      String[] p = new String(Base64.getDecoder().decode(c.ciphertext())).split("\\|");
      return new OAuthTokens(
          p[0],
          "null".equals(p[1]) ? null : p[1],
          "null".equals(p[2]) ? null : Instant.parse(p[2]),
          null);
    }
  }

  /** Linear-like: every refresh rotates the refresh token; an old one is invalid_grant. */
  private final class RotatingClient implements OAuthClient {
    final AtomicInteger refreshes = new AtomicInteger();
    int reusedRefreshTokens;
    private int generation;

    @Override
    public synchronized OAuthTokens refresh(OAuthTokens current) {
      if (!current.refreshToken().equals("r" + generation)) {
        reusedRefreshTokens++;
        throw new AuthorizationException(AuthorizationException.Reason.REVOKED, "invalid_grant");
      }
      refreshes.incrementAndGet();
      generation++;
      return new OAuthTokens(
          "a" + generation, "r" + generation, clock.instant().plus(Duration.ofHours(1)), null);
    }

    @Override
    public Provider provider() {
      return Provider.LINEAR;
    }

    @Override
    public boolean supportsPkce() {
      return true;
    }

    @Override
    public URI authorizationUrl(String state, String codeChallenge) {
      return URI.create("http://localhost/authorize");
    }

    @Override
    public OAuthTokens exchange(String code, String codeVerifier) {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean supportsRevoke() {
      return false;
    }

    @Override
    public void revoke(OAuthTokens tokens) {}
  }

  /** Reads from a store, fails every save. */
  private record SavesFail(io.tasksync.port.out.IntegrationStore delegate)
      implements io.tasksync.port.out.IntegrationStore {
    @Override
    public void save(Integration integration) {
      throw new io.tasksync.port.out.StoreUnavailableException("store down", null);
    }

    @Override
    public java.util.Optional<Integration> get(IntegrationId id) {
      return delegate.get(id);
    }

    @Override
    public List<Integration> findByOrganization(OrganizationId o) {
      return delegate.findByOrganization(o);
    }

    @Override
    public List<Integration> findByStatus(io.tasksync.domain.ConnectionStatus s) {
      return delegate.findByStatus(s);
    }

    @Override
    public List<Integration> findByWorkspace(Provider p, String w) {
      return delegate.findByWorkspace(p, w);
    }

    @Override
    public void delete(IntegrationId id) {
      delegate.delete(id);
    }
  }
}
