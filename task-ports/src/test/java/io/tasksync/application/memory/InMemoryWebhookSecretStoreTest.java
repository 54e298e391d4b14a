package io.tasksync.application.memory;

import io.tasksync.port.out.WebhookSecretStore;
import io.tasksync.port.out.WebhookSecretStoreContract;

class InMemoryWebhookSecretStoreTest extends WebhookSecretStoreContract {

  @Override
  protected WebhookSecretStore createStore() {
    return new InMemoryWebhookSecretStore();
  }
}
