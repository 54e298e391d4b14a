package io.tasksync.port.out;

import io.tasksync.domain.IntegrationId;
import java.util.Optional;

/**
 * Small opaque values a provider adapter keeps per integration between runs and across restarts,
 * such as Asana's Events API sync token of each project; the adapter names the keys, the store does
 * not interpret them.
 */
public interface ProviderStateStore {

  /** The longest key a store must accept. */
  int MAX_KEY_LENGTH = 200;

  /** The longest value a store must accept. */
  int MAX_VALUE_LENGTH = 4096;

  /**
   * The value last put under {@code key}, or empty.
   *
   * @throws StoreUnavailableException when the store cannot be read
   */
  Optional<String> get(IntegrationId integrationId, String key);

  /**
   * Stores {@code value} under {@code key}, replacing any earlier value; idempotent.
   *
   * @throws IllegalArgumentException when the key is blank or longer than {@link #MAX_KEY_LENGTH},
   *     or the value longer than {@link #MAX_VALUE_LENGTH}
   * @throws StoreUnavailableException when the store cannot be written
   */
  void put(IntegrationId integrationId, String key, String value);

  /**
   * Forgets every value of the integration (when it is disconnected); the other integrations'
   * values stay.
   *
   * @throws StoreUnavailableException when the store cannot be written
   */
  void deleteAll(IntegrationId integrationId);

  /** Checks a key and value against the limits every store accepts. */
  static void check(String key, String value) {
    if (key == null || key.isBlank() || key.length() > MAX_KEY_LENGTH) {
      throw new IllegalArgumentException(
          "key must be 1 to " + MAX_KEY_LENGTH + " characters and not blank");
    }
    if (value == null || value.length() > MAX_VALUE_LENGTH) {
      throw new IllegalArgumentException(
          "value must not be null nor longer than " + MAX_VALUE_LENGTH + " characters");
    }
  }
}
