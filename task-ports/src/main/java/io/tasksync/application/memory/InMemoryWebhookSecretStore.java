package io.tasksync.application.memory;

import io.tasksync.domain.IntegrationId;
import io.tasksync.port.out.WebhookSecretStore;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The reference {@link WebhookSecretStore}: thread-safe, in memory. */
public final class InMemoryWebhookSecretStore implements WebhookSecretStore {

  private final Map<IntegrationId, String> secrets = new ConcurrentHashMap<>();

  @Override
  public Optional<String> get(IntegrationId integrationId) {
    return Optional.ofNullable(secrets.get(integrationId));
  }

  @Override
  public void put(IntegrationId integrationId, String secret) {
    secrets.put(integrationId, secret);
  }

  @Override
  public void delete(IntegrationId integrationId) {
    secrets.remove(integrationId);
  }
}
