package io.tasksync.port.out;

import io.tasksync.domain.IntegrationId;
import java.time.Instant;
import java.util.Optional;

/**
 * Keeps one signing secret per provider webhook, and the registrations still awaiting theirs.
 *
 * <p>A webhook whose secret arrives in a handshake (Asana) is first <em>expected</em>: the app
 * records the registration before asking the provider to create the webhook, and the handshake then
 * <em>establishes</em> it, once, before it expires. Nothing ever replaces an established secret
 * through a handshake. Every operation is atomic across the instances sharing the store.
 */
public interface WebhookSecretStore {

  /**
   * Records a registration awaiting its handshake until {@code expiresAt}.
   *
   * @return true when recorded; false, with nothing changed, when the key is already known
   *     (expected, established or consumed)
   * @throws StoreUnavailableException when the store cannot be reached
   */
  boolean expect(WebhookKey key, Instant expiresAt);

  /**
   * Consumes the expected registration {@code key} and keeps {@code secret} as its secret. True for
   * exactly one caller, however many race; false, with nothing stored, when the key was never
   * expected, expired at or before {@code now}, or is already established.
   *
   * @throws StoreUnavailableException when the store cannot be reached
   */
  boolean establish(WebhookKey key, String secret, Instant now);

  /**
   * Keeps {@code secret} for a webhook whose provider issued it at creation (ClickUp), replacing
   * the one kept before for the same key.
   *
   * @throws StoreUnavailableException when the store cannot be reached
   */
  void put(WebhookKey key, String secret);

  /**
   * The established secret of {@code key}; empty for unknown keys and for registrations still
   * awaiting their handshake.
   *
   * @throws StoreUnavailableException when the store cannot be reached
   */
  Optional<String> get(WebhookKey key);

  /**
   * Forgets every secret and expected registration of the integration, the former single secret
   * included. Idempotent.
   *
   * @throws StoreUnavailableException when the store cannot be reached
   */
  void deleteAll(IntegrationId integrationId);
}
