package io.tasksync.port.out;

import io.tasksync.domain.EncryptedCredentials;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.OAuthTokens;

/** Seals OAuth tokens for storage with an AEAD key, bound to the integration they belong to. */
public interface TokenCipher {

  EncryptedCredentials seal(OAuthTokens tokens, IntegrationId integrationId);

  /**
   * @throws IllegalStateException when the ciphertext was not sealed for this integration, was
   *     tampered with, or its key is unknown
   */
  OAuthTokens open(EncryptedCredentials credentials, IntegrationId integrationId);
}
