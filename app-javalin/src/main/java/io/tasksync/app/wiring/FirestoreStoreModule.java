package io.tasksync.app.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.tasksync.adapter.firestore.FirestoreConfig;
import io.tasksync.adapter.firestore.FirestoreStores;
import io.tasksync.port.out.IntegrationStore;
import io.tasksync.port.out.ProviderStateStore;
import io.tasksync.port.out.SyncStateStore;
import io.tasksync.port.out.TaskStore;
import io.tasksync.port.out.WebhookSecretStore;

/**
 * The Firestore stores (as the adapter's FirestoreModule binds them), and their description for the
 * log and the page. The webhook secret store is bound only as {@link StoredSecrets}, for the app to
 * seal what goes into it.
 */
public final class FirestoreStoreModule extends AbstractModule {

  private final FirestoreConfig config;

  public FirestoreStoreModule(FirestoreConfig config) {
    this.config = config;
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
  ProviderStateStore providerStateStore(FirestoreStores stores) {
    return stores.providerStateStore();
  }

  @Provides
  @Singleton
  @StoredSecrets
  WebhookSecretStore webhookSecretStore(FirestoreStores stores) {
    return stores.webhookSecretStore();
  }

  @Provides
  @Singleton
  StoreDescription description() {
    return new StoreDescription(config.target());
  }
}
