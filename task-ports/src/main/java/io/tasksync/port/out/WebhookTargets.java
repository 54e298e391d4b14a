package io.tasksync.port.out;

import java.net.URI;

/** Where one integration's new webhooks point, and what the app keeps about each of them. */
public interface WebhookTargets {

  /** The integration's URL, for providers whose deliveries name their webhook (ClickUp). */
  URI integrationUrl();

  /**
   * A new URL for one webhook about to be created, with its registration recorded as awaiting the
   * provider's handshake (single use, expiring within a minute). Call it right before each create
   * call, never reuse the URL.
   *
   * @throws StoreUnavailableException when the registration cannot be recorded
   */
  URI expectHandshake();

  /** Whether a webhook pointing at {@code target} signs with a secret this app holds. */
  boolean isEstablished(String target);

  /**
   * Keeps the secret the provider issued when it created webhook {@code webhookId} (ClickUp).
   *
   * @throws IllegalArgumentException when the id is not 1-128 letters, digits, '-' or '_'
   * @throws StoreUnavailableException when the secret cannot be kept
   */
  void keep(String webhookId, String secret);
}
