package io.tasksync.app.security;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.subtle.Hkdf;
import io.tasksync.application.connect.StateSigningKey;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;

/**
 * The HMAC key that signs OAuth {@code state} values. Every instance must hold the same one (a
 * callback may reach any of them), so it is derived with HKDF-SHA256 from the Tink keyset the
 * instances already share, in its canonical binary form (in demo mode that keyset, and so this key,
 * is generated per process).
 */
public final class StateKey {

  private static final byte[] INFO = "tasksync oauth state v1".getBytes(StandardCharsets.US_ASCII);
  private final byte[] key;

  private StateKey(byte[] key) {
    this.key = key;
  }

  /**
   * The key derived from a Tink keyset in JSON form.
   *
   * @throws IllegalArgumentException when the text is not a keyset
   */
  public static StateKey fromKeyset(String json) {
    try {
      AeadConfig.register();
      KeysetHandle handle =
          TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get());
      byte[] material =
          TinkProtoKeysetFormat.serializeKeyset(handle, InsecureSecretKeyAccess.get());
      return new StateKey(Hkdf.computeHkdf("HMACSHA256", material, new byte[0], INFO, 32));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("TASKSYNC_TINK_KEYSET is not a usable keyset", e);
    }
  }

  byte[] bytes() {
    return Arrays.copyOf(key, key.length);
  }

  /** The key as the OAuth states take it. */
  public StateSigningKey signingKey() {
    return StateSigningKey.of(key);
  }

  @Override
  public String toString() {
    return "StateKey[redacted]";
  }
}
