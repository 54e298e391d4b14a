package io.tasksync.port.out;

import io.tasksync.domain.IntegrationId;
import java.util.Optional;

/** Keeps the webhook signing secret of each integration (learned at webhook creation). */
public interface WebhookSecretStore {

  Optional<String> get(IntegrationId integrationId);

  void put(IntegrationId integrationId, String secret);

  void delete(IntegrationId integrationId);
}
