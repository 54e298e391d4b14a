package io.tasksync.application.memory;

import io.tasksync.domain.IntegrationId;
import io.tasksync.port.out.WebhookDelivery;
import io.tasksync.port.out.WebhookDeliveryLog;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The reference {@link WebhookDeliveryLog}: thread-safe, in memory. */
public final class InMemoryWebhookDeliveryLog implements WebhookDeliveryLog {

  private record Key(String deliveryKey, IntegrationId integrationId) {}

  private final Map<Key, WebhookDelivery> deliveries = new ConcurrentHashMap<>();

  @Override
  public boolean record(WebhookDelivery delivery) {
    return deliveries.putIfAbsent(key(delivery.deliveryKey(), delivery.integrationId()), delivery)
        == null;
  }

  @Override
  public void markProcessed(IntegrationId integrationId, Instant receivedBefore) {
    deliveries.replaceAll(
        (k, d) ->
            k.integrationId().equals(integrationId)
                    && !d.processed()
                    && d.receivedAt().isBefore(receivedBefore)
                ? new WebhookDelivery(
                    d.deliveryKey(), d.integrationId(), d.receivedAt(), d.expiresAt(), true)
                : d);
  }

  @Override
  public List<WebhookDelivery> unprocessed(Instant receivedBefore, int limit) {
    return deliveries.values().stream()
        .filter(d -> !d.processed() && d.receivedAt().isBefore(receivedBefore))
        .sorted(Comparator.comparing(WebhookDelivery::receivedAt))
        .limit(limit)
        .toList();
  }

  @Override
  public Optional<WebhookDelivery> get(String deliveryKey, IntegrationId integrationId) {
    return Optional.ofNullable(deliveries.get(key(deliveryKey, integrationId)));
  }

  private static Key key(String deliveryKey, IntegrationId integrationId) {
    return new Key(deliveryKey, integrationId);
  }
}
