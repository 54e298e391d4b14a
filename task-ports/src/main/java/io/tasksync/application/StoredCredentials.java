package io.tasksync.application;

import io.tasksync.domain.Integration;
import io.tasksync.domain.IntegrationId;
import io.tasksync.port.out.AuthorizationException;
import io.tasksync.port.out.IntegrationStore;
import io.tasksync.port.out.TokenCipher;
import java.time.Clock;

/** Reads an integration's credentials from the store and opens them. */
final class StoredCredentials {

  private final IntegrationStore integrations;
  private final TokenCipher cipher;
  private final Clock clock;

  StoredCredentials(IntegrationStore integrations, TokenCipher cipher, Clock clock) {
    this.integrations = integrations;
    this.cipher = cipher;
    this.clock = clock;
  }

  /**
   * The credentials in force now.
   *
   * @throws AuthorizationException when the integration is gone or holds no credentials
   */
  OpenedCredentials read(IntegrationId id) {
    Integration integration =
        integrations
            .get(id)
            .orElseThrow(
                () ->
                    new AuthorizationException(
                        AuthorizationException.Reason.REVOKED, "the integration no longer exists"));
    if (integration.credentials() == null) {
      throw new AuthorizationException(
          AuthorizationException.Reason.REVOKED,
          "this connection holds no credentials any more (it was disconnected); reconnect it");
    }
    return new OpenedCredentials(
        id,
        integration.provider(),
        integration.credentials(),
        cipher.open(integration.credentials(), id),
        clock.instant());
  }
}
