package io.tasksync.adapter.firestore;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.tasksync.port.out.IntegrationStore;
import io.tasksync.port.out.ProviderStateStore;
import io.tasksync.port.out.SyncStateStore;
import io.tasksync.port.out.TaskStore;
import io.tasksync.port.out.WebhookSecretStore;
import java.util.Objects;

/**
 * Binds the five stores to Firestore. {@link FirestoreStores} is bound too, so the app can close
 * the client at shutdown.
 */
public final class FirestoreModule extends AbstractModule {

  private final FirestoreConfig config;

  public FirestoreModule(FirestoreConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  @Provides
  @Singleton
  FirestoreStores stores() {
    return FirestoreStores.create(config);
  }

  @Provides
  @Singleton
  TaskStore taskStore(FirestoreStores stores) {
    return stores.taskStore();
  }

  @Provides
  @Singleton
  SyncStateStore syncStateStore(FirestoreStores stores) {
    return stores.syncStateStore();
  }

  @Provides
  @Singleton
  IntegrationStore integrationStore(FirestoreStores stores) {
    return stores.integrationStore();
  }

  @Provides
  @Singleton
  WebhookSecretStore webhookSecretStore(FirestoreStores stores) {
    return stores.webhookSecretStore();
  }

  @Provides
  @Singleton
  ProviderStateStore providerStateStore(FirestoreStores stores) {
    return stores.providerStateStore();
  }
}
