package io.tasksync.application;

import io.tasksync.domain.EncryptedCredentials;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.OAuthTokens;
import io.tasksync.domain.Provider;
import java.time.Instant;

/**
 * An integration's tokens, opened from {@code sealed} (their version in the store) at {@code
 * readAt}.
 */
record OpenedCredentials(
    IntegrationId id,
    Provider provider,
    EncryptedCredentials sealed,
    OAuthTokens tokens,
    Instant readAt) {

  /** Whether these tokens may still be handed out without reading the store. */
  boolean usableAt(Instant now, CredentialSettings settings) {
    return !tokens.expiresWithin(settings.refreshAhead(), now)
        && now.isBefore(readAt.plus(settings.revalidateAfter()));
  }

  boolean sameVersionAs(OpenedCredentials other) {
    return sealed.equals(other.sealed);
  }

  OpenedCredentials replacedBy(EncryptedCredentials newSealed, OAuthTokens newTokens, Instant at) {
    return new OpenedCredentials(id, provider, newSealed, newTokens, at);
  }

  String accessToken() {
    return tokens.accessToken();
  }
}
