package io.tasksync.app.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.tasksync.application.memory.InMemoryIntegrationStore;
import io.tasksync.application.memory.InMemoryPendingAuthorizationStore;
import io.tasksync.application.memory.InMemoryProviderStateStore;
import io.tasksync.application.memory.InMemoryRunHistoryStore;
import io.tasksync.application.memory.InMemorySessionStore;
import io.tasksync.application.memory.InMemorySyncStateStore;
import io.tasksync.application.memory.InMemoryTaskStore;
import io.tasksync.application.memory.InMemoryWebhookDeliveryLog;
import io.tasksync.application.memory.InMemoryWebhookSecretStore;
import io.tasksync.port.out.IntegrationStore;
import io.tasksync.port.out.PendingAuthorizationStore;
import io.tasksync.port.out.ProviderStateStore;
import io.tasksync.port.out.RunHistoryStore;
import io.tasksync.port.out.SessionStore;
import io.tasksync.port.out.SyncStateStore;
import io.tasksync.port.out.TaskStore;
import io.tasksync.port.out.WebhookDeliveryLog;
import io.tasksync.port.out.WebhookSecretStore;

/** The in-memory stores: for demos and tests; everything is lost when the process ends. */
public final class InMemoryStoreModule extends AbstractModule {

  @Provides
  @Singleton
  TaskStore tasks() {
    return new InMemoryTaskStore();
  }

  @Provides
  @Singleton
  IntegrationStore integrations() {
    return new InMemoryIntegrationStore();
  }

  @Provides
  @Singleton
  SyncStateStore states() {
    return new InMemorySyncStateStore();
  }

  @Provides
  @Singleton
  RunHistoryStore runHistory() {
    return new InMemoryRunHistoryStore();
  }

  @Provides
  @Singleton
  ProviderStateStore providerState() {
    return new InMemoryProviderStateStore();
  }

  @Provides
  @Singleton
  @StoredSecrets
  WebhookSecretStore secrets() {
    return new InMemoryWebhookSecretStore();
  }

  @Provides
  @Singleton
  WebhookDeliveryLog deliveries() {
    return new InMemoryWebhookDeliveryLog();
  }

  @Provides
  @Singleton
  PendingAuthorizationStore pendingAuthorizations() {
    return new InMemoryPendingAuthorizationStore();
  }

  @Provides
  @Singleton
  SessionStore sessions() {
    return new InMemorySessionStore();
  }

  @Provides
  @Singleton
  StoreDescription description() {
    return new StoreDescription("in-memory store (data is lost when the app stops)");
  }
}
