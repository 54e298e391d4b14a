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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hands out working access tokens: opens the sealed credentials, refreshes ahead of expiry or after
 * a rejection with the provider's own rules, and saves the new tokens before they are used.
 * Refreshes of one integration are serialized, so a rotating refresh token is never used twice.
 */
public final class CredentialService implements TokenSourceFactory {

  private final IntegrationStore integrations;
  private final TokenCipher cipher;
  private final Map<Provider, OAuthClient> clients = new EnumMap<>(Provider.class);
  private final Clock clock;
  private final Duration refreshAhead;
  private final Map<IntegrationId, Object> locks = new ConcurrentHashMap<>();

  public CredentialService(
      IntegrationStore integrations,
      TokenCipher cipher,
      List<OAuthClient> clients,
      Clock clock,
      Duration refreshAhead) {
    this.integrations = integrations;
    this.cipher = cipher;
    clients.forEach(c -> this.clients.put(c.provider(), c));
    this.clock = clock;
    this.refreshAhead = refreshAhead;
  }

  @Override
  public TokenSource forIntegration(IntegrationId integrationId) {
    return new TokenSource() {
      @Override
      public String accessToken() {
        return current(integrationId, null);
      }

      @Override
      public String refreshAfterRejection(String rejected) {
        return current(integrationId, rejected);
      }
    };
  }

  /** The tokens of an integration, opened (for revocation at disconnect). */
  public OAuthTokens tokensOf(Integration integration) {
    return cipher.open(integration.credentials(), integration.id());
  }

  private String current(IntegrationId id, String rejected) {
    synchronized (locks.computeIfAbsent(id, k -> new Object())) {
      Integration integration = load(id);
      if (integration.credentials() == null) {
        throw new AuthorizationException(
            AuthorizationException.Reason.REVOKED,
            "this connection holds no credentials any more (it was disconnected); reconnect it");
      }
      OAuthTokens tokens = cipher.open(integration.credentials(), id);
      boolean mustRefresh =
          rejected != null
              ? tokens.accessToken().equals(rejected)
              : tokens.expiresWithin(refreshAhead, clock.instant());
      if (!mustRefresh) {
        return tokens.accessToken();
      }
      if (!tokens.canRefresh()) {
        throw new AuthorizationException(
            rejected != null
                ? AuthorizationException.Reason.REVOKED
                : AuthorizationException.Reason.EXPIRED,
            integration.provider().displayName()
                + " no longer accepts this connection's token; reconnect it");
      }
      OAuthClient client = clients.get(integration.provider());
      if (client == null) {
        throw new IllegalStateException("no OAuth client for " + integration.provider());
      }
      OAuthTokens fresh = client.refresh(tokens);
      integrations.save(integration.withCredentials(cipher.seal(fresh, id), clock.instant()));
      return fresh.accessToken();
    }
  }

  private Integration load(IntegrationId id) {
    return integrations
        .get(id)
        .orElseThrow(
            () ->
                new AuthorizationException(
                    AuthorizationException.Reason.REVOKED, "the integration no longer exists"));
  }
}
