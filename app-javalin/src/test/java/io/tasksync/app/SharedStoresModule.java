package io.tasksync.app;

import com.google.inject.AbstractModule;
import io.tasksync.app.wiring.StoreDescription;
import io.tasksync.app.wiring.StoredSecrets;
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

/** The same in-memory stores for two app instances, as a shared database would be. */
final class SharedStoresModule extends AbstractModule {

  final InMemoryTaskStore tasks = new InMemoryTaskStore();
  final InMemoryIntegrationStore integrations = new InMemoryIntegrationStore();
  final InMemorySyncStateStore states = new InMemorySyncStateStore();
  final InMemoryWebhookSecretStore secrets = new InMemoryWebhookSecretStore();
  final InMemoryProviderStateStore providerState = new InMemoryProviderStateStore();
  final InMemoryRunHistoryStore runHistory = new InMemoryRunHistoryStore();
  final InMemoryWebhookDeliveryLog deliveries = new InMemoryWebhookDeliveryLog();
  final InMemoryPendingAuthorizationStore pendingAuthorizations =
      new InMemoryPendingAuthorizationStore();
  final InMemorySessionStore sessions = new InMemorySessionStore();

  @Override
  protected void configure() {
    bind(TaskStore.class).toInstance(tasks);
    bind(IntegrationStore.class).toInstance(integrations);
    bind(SyncStateStore.class).toInstance(states);
    bind(ProviderStateStore.class).toInstance(providerState);
    bind(RunHistoryStore.class).toInstance(runHistory);
    bind(WebhookSecretStore.class).annotatedWith(StoredSecrets.class).toInstance(secrets);
    bind(WebhookDeliveryLog.class).toInstance(deliveries);
    bind(PendingAuthorizationStore.class).toInstance(pendingAuthorizations);
    bind(SessionStore.class).toInstance(sessions);
    bind(StoreDescription.class).toInstance(new StoreDescription("shared in-memory store"));
  }
}
