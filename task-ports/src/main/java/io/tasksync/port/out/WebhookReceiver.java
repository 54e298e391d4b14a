package io.tasksync.port.out;

import io.tasksync.domain.Provider;
import java.util.Optional;

/** Verifies and interprets a provider's webhook deliveries. */
public interface WebhookReceiver {

  Provider provider();

  /**
   * Checks the signature over the raw body in constant time (and the timestamp where the provider
   * sends one), answers handshakes, and parses the delivery. Never throws for bad input: a bad
   * signature, a stale timestamp or a malformed body is a {@link WebhookOutcome.Kind#REJECTED}
   * outcome with a clear reason.
   */
  WebhookOutcome receive(WebhookRequest request);

  /**
   * The provider's id of the webhook a delivery claims to come from, where the provider names it in
   * the body (ClickUp's {@code webhook_id}); empty otherwise or when the body does not say. Read
   * before verification, only to choose the secret to verify with; never throws.
   */
  default Optional<String> webhookIdOf(byte[] body) {
    return Optional.empty();
  }
}
