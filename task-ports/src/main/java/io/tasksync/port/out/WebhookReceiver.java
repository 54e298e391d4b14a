package io.tasksync.port.out;

import io.tasksync.domain.Provider;

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
}
