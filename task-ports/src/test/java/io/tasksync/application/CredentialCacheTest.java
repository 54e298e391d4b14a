package io.tasksync.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tasksync.application.memory.InMemoryIntegrationStore;
import io.tasksync.domain.ConnectionStatus;
import io.tasksync.domain.Integration;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.OAuthTokens;
import io.tasksync.domain.OrganizationId;
import io.tasksync.domain.Provider;
import io.tasksync.port.out.AuthorizationException;
import io.tasksync.port.out.ForwardingIntegrationStore;
import io.tasksync.port.out.TokenSource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The in-memory token cache of {@link CredentialService}: when it reads the store, when not. */
class CredentialCacheTest {

  private static final Instant T0 = Instant.parse("2026-05-01T10:00:00Z");
  private final MutableClock clock = new MutableClock(T0);
  private final InMemoryIntegrationStore shared = new InMemoryIntegrationStore();
  private final CountingReads reads = new CountingReads(shared);
  private final PlainCipher cipher = new PlainCipher();
  private final RotatingClient client = new RotatingClient(clock);
  private final IntegrationId id = IntegrationId.of("int-1");
  private final CredentialSettings settings =
      CredentialSettings.defaults()
          .withRefreshAhead(Duration.ofMinutes(5))
          .withRevalidateAfter(Duration.ofMinutes(1));

  /** Counts reads of one integration. */
  private static final class CountingReads extends ForwardingIntegrationStore {
    final AtomicInteger count = new AtomicInteger();

    CountingReads(InMemoryIntegrationStore delegate) {
      super(delegate);
    }

    @Override
    public Optional<Integration> get(IntegrationId id) {
      count.incrementAndGet();
      return super.get(id);
    }
  }

  private CredentialService anInstance() {
    return new CredentialService(reads, cipher, List.of(client), clock, settings, d -> {});
  }

  private Integration connect(OAuthTokens tokens) {
    Integration integration =
        Integration.connected(
            id, OrganizationId.of("org"), Provider.LINEAR, cipher.seal(tokens, id), List.of(), T0);
    shared.save(integration);
    return integration;
  }

  @Test
  void validToken_isHandedOutFromMemory_withoutReadingTheStoreEachTime() {
    connect(new OAuthTokens("a0", "r0", T0.plus(Duration.ofHours(1)), null));
    TokenSource source = anInstance().forIntegration(id);

    for (int i = 0; i < 100; i++) {
      assertThat(source.accessToken()).isEqualTo("a0");
    }

    assertThat(reads.count).hasValue(1);
  }

  @Test
  void cachedToken_isReadAgainOnceRevalidateAfterHasPassed() {
    connect(new OAuthTokens("a0", "r0", T0.plus(Duration.ofHours(1)), null));
    TokenSource source = anInstance().forIntegration(id);
    source.accessToken();

    clock.advance(Duration.ofSeconds(59));
    source.accessToken();
    int beforeTheMinute = reads.count.get();
    clock.advance(Duration.ofSeconds(1));
    source.accessToken();

    assertThat(beforeTheMinute).isEqualTo(1);
    assertThat(reads.count).hasValue(2);
  }

  @Test
  void cachedTokenAboutToExpire_isRefreshedAhead_andTheNewOneCached() {
    connect(new OAuthTokens("a0", "r0", T0.plus(Duration.ofMinutes(10)), null));
    TokenSource source = anInstance().forIntegration(id);
    source.accessToken();

    clock.advance(Duration.ofMinutes(5));
    String refreshed = source.accessToken();
    int readsAfterRefresh = reads.count.get();
    String again = source.accessToken();

    assertThat(refreshed).isEqualTo("a1");
    assertThat(again).isEqualTo("a1");
    assertThat(reads.count).hasValue(readsAfterRefresh);
    assertThat(client.refreshes).hasValue(1);
  }

  @Test
  void rejectionOfACachedToken_readsTheStoreFirst_andUsesAnotherInstancesRefresh() {
    connect(new OAuthTokens("a0", "r0", T0.plus(Duration.ofHours(1)), null));
    TokenSource first = anInstance().forIntegration(id);
    TokenSource second = anInstance().forIntegration(id);
    first.accessToken();
    second.accessToken();
    String refreshedBySecond = second.refreshAfterRejection("a0");

    String afterRejection = first.refreshAfterRejection("a0");

    assertThat(afterRejection).isEqualTo(refreshedBySecond).isEqualTo("a1");
    assertThat(first.accessToken()).isEqualTo("a1");
    assertThat(client.refreshes).hasValue(1);
    assertThat(client.reusedRefreshTokens).hasValue(0);
  }

  @Test
  void disconnected_rejectionOfTheCachedToken_needsTheUser_andAReconnectIsPickedUp() {
    Integration integration =
        connect(new OAuthTokens("a0", "r0", T0.plus(Duration.ofHours(1)), null));
    TokenSource source = anInstance().forIntegration(id);
    source.accessToken();
    shared.save(
        integration.withStatus(ConnectionStatus.DISCONNECTED, T0).withCredentials(null, T0));

    assertThatThrownBy(() -> source.refreshAfterRejection("a0"))
        .isInstanceOf(AuthorizationException.class)
        .hasMessageContaining("reconnect");
    shared.save(
        integration.withCredentials(
            cipher.seal(new OAuthTokens("b0", "s0", T0.plus(Duration.ofHours(1)), null), id), T0));

    assertThat(source.accessToken()).isEqualTo("b0");
  }

  @Test
  void disconnected_cachedTokenIsNoLongerHandedOut_onceRevalidateAfterHasPassed() {
    Integration integration =
        connect(new OAuthTokens("a0", "r0", T0.plus(Duration.ofHours(1)), null));
    TokenSource source = anInstance().forIntegration(id);
    source.accessToken();
    shared.save(
        integration.withStatus(ConnectionStatus.DISCONNECTED, T0).withCredentials(null, T0));

    clock.advance(Duration.ofMinutes(1));

    assertThatThrownBy(source::accessToken)
        .isInstanceOf(AuthorizationException.class)
        .hasMessageContaining("reconnect");
  }
}
