package io.tasksync.port.out;

import io.tasksync.domain.IntegrationId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The durable record of accepted webhook deliveries, shared by every instance: it deduplicates
 * redeliveries (to any instance), and it remembers deliveries whose sync has not finished, so that
 * any instance can run it when the one that acknowledged the delivery died first.
 */
public interface WebhookDeliveryLog {

  /**
   * Records a delivery for its integration, atomically across instances.
   *
   * @return true for the first record of ({@code deliveryKey}, integration); false, with nothing
   *     changed, for a duplicate (for as long as the first record is kept, expired or not)
   * @throws StoreUnavailableException when the store cannot be reached
   */
  boolean record(WebhookDelivery delivery);

  /**
   * Marks processed every delivery of the integration received strictly before {@code
   * receivedBefore} (a sync that started at that instant has finished). Idempotent.
   *
   * @throws StoreUnavailableException when the store cannot be reached
   */
  void markProcessed(IntegrationId integrationId, Instant receivedBefore);

  /**
   * Unprocessed deliveries received strictly before {@code receivedBefore}, oldest first, at most
   * {@code limit}.
   *
   * @throws StoreUnavailableException when the store cannot be reached
   */
  List<WebhookDelivery> unprocessed(Instant receivedBefore, int limit);

  /**
   * The record of ({@code deliveryKey}, integration), if kept.
   *
   * @throws StoreUnavailableException when the store cannot be reached
   */
  Optional<WebhookDelivery> get(String deliveryKey, IntegrationId integrationId);
}
