package io.tasksync.application;

import io.tasksync.domain.EncryptedCredentials;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.OAuthTokens;
import io.tasksync.port.out.TokenCipher;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * A cipher that only encodes (with a random nonce, as AEAD sealing has): enough to observe what was
 * saved.
 */
final class PlainCipher implements TokenCipher {

  @Override
  public EncryptedCredentials seal(OAuthTokens t, IntegrationId id) {
    String text =
        t.accessToken() + "|" + t.refreshToken() + "|" + t.expiresAt() + "|" + UUID.randomUUID();
    return new EncryptedCredentials(
        "plain", Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Override
  public OAuthTokens open(EncryptedCredentials c, IntegrationId id) {
    String[] p =
        new String(Base64.getDecoder().decode(c.ciphertext()), StandardCharsets.UTF_8).split("\\|");
    return new OAuthTokens(
        p[0],
        "null".equals(p[1]) ? null : p[1],
        "null".equals(p[2]) ? null : Instant.parse(p[2]),
        null);
  }
}
