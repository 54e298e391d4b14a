package io.tasksync.application;

import io.tasksync.domain.EncryptedCredentials;
import io.tasksync.domain.OAuthTokens;
import io.tasksync.domain.Provider;
import io.tasksync.port.out.AuthorizationException;
import io.tasksync.port.out.IntegrationStore;
import io.tasksync.port.out.OAuthClient;
import io.tasksync.port.out.ProviderUnavailableException;
import io.tasksync.port.out.RefreshClaim;
import io.tasksync.port.out.TokenCipher;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refreshes an integration's tokens once across every instance sharing the store: the instance that
 * claims the refresh calls the provider and replaces the credentials it read (compare and set); the
 * others wait for the stored credentials to change and use those. A rotating refresh token is so
 * spent once, and the tokens the provider issued for it are the ones kept.
 */
final class SingleFlightRefresh {

  private static final Logger log = LoggerFactory.getLogger(SingleFlightRefresh.class);

  private final IntegrationStore integrations;
  private final StoredCredentials stored;
  private final TokenCipher cipher;
  private final Map<Provider, OAuthClient> clients;
  private final Clock clock;
  private final Sleeper sleeper;
  private final CredentialSettings settings;
  private final String owner;

  SingleFlightRefresh(
      IntegrationStore integrations,
      StoredCredentials stored,
      TokenCipher cipher,
      Map<Provider, OAuthClient> clients,
      Clock clock,
      Sleeper sleeper,
      CredentialSettings settings,
      String owner) {
    this.integrations = integrations;
    this.stored = stored;
    this.cipher = cipher;
    this.clients = clients;
    this.clock = clock;
    this.sleeper = sleeper;
    this.settings = settings;
    this.owner = owner;
  }

  /**
   * Newer credentials than {@code stale}: refreshed here, or by another instance meanwhile.
   *
   * @throws AuthorizationException when the provider refuses the refresh and nobody else has
   *     replaced the credentials
   * @throws ProviderUnavailableException when another instance holds the claim far longer than a
   *     claim lasts, or the wait is interrupted
   */
  OpenedCredentials refresh(OpenedCredentials stale) {
    Instant giveUpAt = clock.instant().plus(settings.claimTtl().multipliedBy(3));
    while (true) {
      Instant now = clock.instant();
      RefreshClaim claim = new RefreshClaim(owner, now.plus(settings.claimTtl()));
      if (integrations.claimRefresh(stale.id(), stale.sealed(), claim, now)) {
        return refreshUnderClaim(stale);
      }
      OpenedCredentials current = stored.read(stale.id());
      if (!current.sameVersionAs(stale)) {
        return current;
      }
      if (now.isAfter(giveUpAt)) {
        throw new ProviderUnavailableException(
            "another instance has been refreshing the credentials of "
                + stale.id()
                + " for longer than its claim lasts; retry later");
      }
      pause(settings.claimPoll());
    }
  }

  private OpenedCredentials refreshUnderClaim(OpenedCredentials stale) {
    OAuthTokens fresh;
    try {
      fresh = client(stale.provider()).refresh(stale.tokens());
    } catch (AuthorizationException refused) {
      OpenedCredentials current = stored.read(stale.id());
      if (current.sameVersionAs(stale)) {
        throw refused;
      }
      log.info("refresh of {} refused, but the stored credentials changed meanwhile", stale.id());
      return current;
    }
    EncryptedCredentials sealed = cipher.seal(fresh, stale.id());
    Instant now = clock.instant();
    if (integrations.replaceCredentials(stale.id(), stale.sealed(), sealed, now)) {
      return stale.replacedBy(sealed, fresh, now);
    }
    log.info("credentials of {} were replaced by someone else first; using those", stale.id());
    return stored.read(stale.id());
  }

  private OAuthClient client(Provider provider) {
    OAuthClient client = clients.get(provider);
    if (client == null) {
      throw new IllegalStateException("no OAuth client for " + provider);
    }
    return client;
  }

  private void pause(Duration duration) {
    try {
      sleeper.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProviderUnavailableException("interrupted while waiting for a token refresh", e);
    }
  }
}
