package io.tasksync.application.connect;

import java.util.Arrays;

/**
 * The HMAC-SHA256 key that signs OAuth {@code state} values: every instance that may receive a
 * callback must hold the same one.
 */
public final class StateSigningKey {

  private final byte[] key;

  private StateSigningKey(byte[] key) {
    this.key = key;
  }

  /**
   * A key of the given bytes (copied).
   *
   * @throws IllegalArgumentException when shorter than 32 bytes
   */
  public static StateSigningKey of(byte[] key) {
    if (key == null || key.length < 32) {
      throw new IllegalArgumentException("a state signing key needs at least 32 bytes");
    }
    return new StateSigningKey(Arrays.copyOf(key, key.length));
  }

  byte[] bytes() {
    return Arrays.copyOf(key, key.length);
  }

  @Override
  public String toString() {
    return "StateSigningKey[redacted]";
  }
}
