package io.tasksync.app.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import io.tasksync.domain.EncryptedCredentials;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.OAuthTokens;
import io.tasksync.port.out.TokenCipher;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;

/**
 * Seals tokens with a Tink AEAD keyset (AES-256-GCM). The integration id is the associated data, so
 * a ciphertext moved to another integration does not open. Tink prefixes each ciphertext with the
 * id of its key, so adding a new primary key to the keyset rotates keys while old ciphertexts still
 * open; the primary key's id is also stored beside the ciphertext for operators.
 */
public final class TinkTokenCipher implements TokenCipher {

  private record Plain(String a, String r, Long e, String s) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Aead aead;
  private final String keyId;

  private TinkTokenCipher(KeysetHandle keyset) throws GeneralSecurityException {
    this.aead = keyset.getPrimitive(RegistryConfiguration.get(), Aead.class);
    this.keyId = Integer.toUnsignedString(keyset.getPrimary().getId());
  }

  /**
   * A cipher over a keyset in Tink's JSON format.
   *
   * @throws IllegalArgumentException when the text is not a usable AEAD keyset
   */
  public static TinkTokenCipher fromJsonKeyset(String json) {
    try {
      AeadConfig.register();
      return new TinkTokenCipher(
          TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get()));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("TASKSYNC_TINK_KEYSET is not a usable AEAD keyset", e);
    }
  }

  /** A new random AES-256-GCM keyset in Tink's JSON format (demo mode, key generation). */
  public static String generateJsonKeyset() {
    try {
      AeadConfig.register();
      KeysetHandle handle = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
      return TinkJsonProtoKeysetFormat.serializeKeyset(handle, InsecureSecretKeyAccess.get());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("could not generate an AEAD keyset", e);
    }
  }

  /** The keyset's AEAD, shared with the other sealed values of the app. */
  Aead aead() {
    return aead;
  }

  /** The id of the primary key, which seals new values. */
  String keyId() {
    return keyId;
  }

  @Override
  public EncryptedCredentials seal(OAuthTokens tokens, IntegrationId integrationId) {
    Long expires = tokens.expiresAt() == null ? null : tokens.expiresAt().toEpochMilli();
    Plain plain = new Plain(tokens.accessToken(), tokens.refreshToken(), expires, tokens.scope());
    try {
      byte[] sealed = aead.encrypt(JSON.writeValueAsBytes(plain), associated(integrationId));
      return new EncryptedCredentials(keyId, Base64.getEncoder().encodeToString(sealed));
    } catch (GeneralSecurityException | JsonProcessingException e) {
      throw new IllegalStateException("could not seal the tokens of " + integrationId, e);
    }
  }

  @Override
  public OAuthTokens open(EncryptedCredentials credentials, IntegrationId integrationId) {
    try {
      byte[] bytes =
          aead.decrypt(
              Base64.getDecoder().decode(credentials.ciphertext()), associated(integrationId));
      Plain p = JSON.readValue(bytes, Plain.class);
      return new OAuthTokens(
          p.a(), p.r(), p.e() == null ? null : Instant.ofEpochMilli(p.e()), p.s());
    } catch (GeneralSecurityException | IllegalArgumentException | java.io.IOException e) {
      throw new IllegalStateException(
          "the credentials of "
              + integrationId
              + " do not open with the configured keyset (key "
              + credentials.keyId()
              + ")");
    }
  }

  private static byte[] associated(IntegrationId id) {
    return ("tasksync/integration/" + id.value()).getBytes(StandardCharsets.UTF_8);
  }
}
