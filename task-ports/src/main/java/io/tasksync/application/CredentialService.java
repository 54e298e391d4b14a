package io.tasksync.application;

import io.tasksync.domain.Integration;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.OAuthTokens;
import io.tasksync.domain.Provider;
import io.tasksync.port.out.AuthorizationException;
import io.tasksync.port.out.IntegrationStore;
import io.tasksync.port.out.OAuthClient;
import io.tasksync.port.out.TokenCipher;
import io.tasksync.port.out.TokenSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hands out working access tokens. Opened tokens are kept in memory per integration and handed out
 * without reading the store until shortly before they expire, until {@link
 * CredentialSettings#revalidateAfter()} has passed, or until the provider rejects one. A refresh
 * (ahead of expiry, or after a rejection of the stored token) happens once across every instance
 * sharing the store (see {@link SingleFlightRefresh}), and the new tokens are saved before they are
 * used.
 */
public final class CredentialService implements TokenSourceFactory {

  private final TokenCipher cipher;
  private final Clock clock;
  private final CredentialSettings settings;
  private final StoredCredentials stored;
  private final SingleFlightRefresh refresh;
  private final Map<IntegrationId, OpenedCredentials> cache = new ConcurrentHashMap<>();
  private final Map<IntegrationId, Object> locks = new ConcurrentHashMap<>();

  /** Default settings but {@code refreshAhead}, waiting for other instances in real time. */
  public CredentialService(
      IntegrationStore integrations,
      TokenCipher cipher,
      List<OAuthClient> clients,
      Clock clock,
      Duration refreshAhead) {
    this(
        integrations,
        cipher,
        clients,
        clock,
        CredentialSettings.defaults().withRefreshAhead(refreshAhead),
        Sleeper.REAL);
  }

  public CredentialService(
      IntegrationStore integrations,
      TokenCipher cipher,
      List<OAuthClient> clients,
      Clock clock,
      CredentialSettings settings,
      Sleeper sleeper) {
    Map<Provider, OAuthClient> byProvider = new EnumMap<>(Provider.class);
    clients.forEach(c -> byProvider.put(c.provider(), c));
    this.cipher = cipher;
    this.clock = clock;
    this.settings = settings;
    this.stored = new StoredCredentials(integrations, cipher, clock);
    this.refresh =
        new SingleFlightRefresh(
            integrations,
            stored,
            cipher,
            byProvider,
            clock,
            sleeper,
            settings,
            "credentials-" + UUID.randomUUID());
  }

  @Override
  public TokenSource forIntegration(IntegrationId integrationId) {
    return new TokenSource() {
      @Override
      public String accessToken() {
        return current(integrationId);
      }

      @Override
      public String refreshAfterRejection(String rejected) {
        return afterRejection(integrationId, rejected);
      }
    };
  }

  /** The tokens of an integration, opened (for revocation at disconnect). */
  public OAuthTokens tokensOf(Integration integration) {
    return cipher.open(integration.credentials(), integration.id());
  }

  private String current(IntegrationId id) {
    OpenedCredentials cached = cache.get(id);
    if (cached != null && cached.usableAt(clock.instant(), settings)) {
      return cached.accessToken();
    }
    synchronized (lockOf(id)) {
      cached = cache.get(id);
      if (cached != null && cached.usableAt(clock.instant(), settings)) {
        return cached.accessToken();
      }
      return fresh(id, null);
    }
  }

  private String afterRejection(IntegrationId id, String rejected) {
    synchronized (lockOf(id)) {
      return fresh(id, rejected);
    }
  }

  /** Reads the store (another instance may have refreshed) and refreshes when still needed. */
  private String fresh(IntegrationId id, String rejected) {
    OpenedCredentials current;
    try {
      current = stored.read(id);
      boolean isRejected = current.accessToken().equals(rejected);
      Instant now = clock.instant();
      if (isRejected || current.tokens().expiresWithin(settings.refreshAhead(), now)) {
        requireRefreshable(current, isRejected);
        current = refresh.refresh(current);
      }
    } catch (AuthorizationException e) {
      cache.remove(id);
      throw e;
    }
    cache.put(id, current);
    return current.accessToken();
  }

  private static void requireRefreshable(OpenedCredentials credentials, boolean rejected) {
    if (!credentials.tokens().canRefresh()) {
      throw new AuthorizationException(
          rejected ? AuthorizationException.Reason.REVOKED : AuthorizationException.Reason.EXPIRED,
          credentials.provider().displayName()
              + " no longer accepts this connection's token; reconnect it");
    }
  }

  private Object lockOf(IntegrationId id) {
    return locks.computeIfAbsent(id, k -> new Object());
  }
}
