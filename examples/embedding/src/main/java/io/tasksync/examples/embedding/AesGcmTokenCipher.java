package io.tasksync.examples.embedding;

import io.tasksync.domain.EncryptedCredentials;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.OAuthTokens;
import io.tasksync.port.out.TokenCipher;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals tokens with AES-256-GCM from the JDK, the integration id as associated data. A real service
 * would rather keep its keys in Tink or a KMS, with rotation (the app's TinkTokenCipher).
 */
public final class AesGcmTokenCipher implements TokenCipher {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Charset UTF8 = StandardCharsets.UTF_8;
  private final String keyId;
  private final SecretKey key;

  public AesGcmTokenCipher(String keyId, SecretKey key) {
    this.keyId = keyId;
    this.key = key;
  }

  @Override
  public EncryptedCredentials seal(OAuthTokens tokens, IntegrationId integrationId) {
    String plain =
        String.join(
            "\n",
            tokens.accessToken(),
            String.valueOf(tokens.refreshToken()),
            String.valueOf(tokens.expiresAt()),
            String.valueOf(tokens.scope()));
    byte[] nonce = new byte[12];
    RANDOM.nextBytes(nonce);
    byte[] sealed = crypt(Cipher.ENCRYPT_MODE, nonce, integrationId, plain.getBytes(UTF8));
    byte[] out = ByteBuffer.allocate(12 + sealed.length).put(nonce).put(sealed).array();
    return new EncryptedCredentials(keyId, Base64.getEncoder().encodeToString(out));
  }

  @Override
  public OAuthTokens open(EncryptedCredentials credentials, IntegrationId integrationId) {
    byte[] in = Base64.getDecoder().decode(credentials.ciphertext());
    byte[] nonce = Arrays.copyOf(in, 12);
    byte[] sealed = Arrays.copyOfRange(in, 12, in.length);
    String[] f =
        new String(crypt(Cipher.DECRYPT_MODE, nonce, integrationId, sealed), UTF8).split("\n", -1);
    return new OAuthTokens(
        f[0], orNull(f[1]), "null".equals(f[2]) ? null : Instant.parse(f[2]), orNull(f[3]));
  }

  private byte[] crypt(int mode, byte[] nonce, IntegrationId id, byte[] data) {
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(mode, key, new GCMParameterSpec(128, nonce));
      cipher.updateAAD(id.value().getBytes(UTF8));
      return cipher.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("credentials not sealed for " + id + " or tampered", e);
    }
  }

  private static String orNull(String field) {
    return "null".equals(field) ? null : field;
  }
}
