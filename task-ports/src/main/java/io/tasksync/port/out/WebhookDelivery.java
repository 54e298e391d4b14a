package io.tasksync.port.out;

import io.tasksync.domain.IntegrationId;
import java.time.Instant;
import java.util.Objects;

/**
 * A webhook delivery accepted for an integration: the provider's delivery id (or a digest of the
 * signed body where the provider sends none), when it was received, when its record may be
 * forgotten, and whether a sync that started after it has finished.
 */
public record WebhookDelivery(
    String deliveryKey,
    IntegrationId integrationId,
    Instant receivedAt,
    Instant expiresAt,
    boolean processed) {

  public WebhookDelivery {
    Objects.requireNonNull(deliveryKey, "deliveryKey");
    Objects.requireNonNull(integrationId, "integrationId");
    Objects.requireNonNull(receivedAt, "receivedAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
    if (deliveryKey.isBlank() || deliveryKey.length() > 500) {
      throw new IllegalArgumentException("deliveryKey must be 1-500 characters");
    }
  }

  /** A delivery just received, not processed yet. */
  public static WebhookDelivery received(
      String deliveryKey, IntegrationId integrationId, Instant receivedAt, Instant expiresAt) {
    return new WebhookDelivery(deliveryKey, integrationId, receivedAt, expiresAt, false);
  }
}
