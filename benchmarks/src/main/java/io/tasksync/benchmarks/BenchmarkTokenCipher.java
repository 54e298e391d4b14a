package io.tasksync.benchmarks;

import io.tasksync.domain.EncryptedCredentials;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.OAuthTokens;
import io.tasksync.port.out.TokenCipher;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Encodes tokens without encrypting them, for harnesses that count store and provider operations
 * (the app's Tink AEAD costs CPU, no I/O). Never for real credentials.
 */
final class BenchmarkTokenCipher implements TokenCipher {

  @Override
  public EncryptedCredentials seal(OAuthTokens tokens, IntegrationId integrationId) {
    String text =
        String.join(
            "\n",
            integrationId.value(),
            tokens.accessToken(),
            nullToEmpty(tokens.refreshToken()),
            tokens.expiresAt() == null ? "" : tokens.expiresAt().toString(),
            nullToEmpty(tokens.scope()));
    return new EncryptedCredentials(
        "bench", Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Override
  public OAuthTokens open(EncryptedCredentials credentials, IntegrationId integrationId) {
    String[] f =
        new String(Base64.getDecoder().decode(credentials.ciphertext()), StandardCharsets.UTF_8)
            .split("\n", -1);
    if (!f[0].equals(integrationId.value())) {
      throw new IllegalStateException("credentials sealed for another integration");
    }
    return new OAuthTokens(f[1], f[2], f[3].isEmpty() ? null : Instant.parse(f[3]), f[4]);
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
