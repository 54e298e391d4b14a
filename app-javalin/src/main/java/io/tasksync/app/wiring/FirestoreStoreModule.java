package io.tasksync.app.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.PrivateModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.tasksync.adapter.firestore.FirestoreConfig;
import io.tasksync.adapter.firestore.FirestoreModule;
import io.tasksync.port.out.IntegrationStore;
import io.tasksync.port.out.SyncStateStore;
import io.tasksync.port.out.TaskStore;
import io.tasksync.port.out.WebhookSecretStore;

/**
 * The Firestore stores, and their description for the log and the page. The webhook secret store is
 * exposed only as {@link StoredSecrets}, for the app to seal what goes into it.
 */
public final class FirestoreStoreModule extends AbstractModule {

  private final FirestoreConfig config;

  public FirestoreStoreModule(FirestoreConfig config) {
    this.config = config;
  }

  @Override
  protected void configure() {
    install(
        new PrivateModule() {
          @Override
          protected void configure() {
            install(new FirestoreModule(config));
            bind(WebhookSecretStore.class)
                .annotatedWith(StoredSecrets.class)
                .to(WebhookSecretStore.class);
            expose(TaskStore.class);
            expose(IntegrationStore.class);
            expose(SyncStateStore.class);
            expose(WebhookSecretStore.class).annotatedWith(StoredSecrets.class);
          }
        });
  }

  @Provides
  @Singleton
  StoreDescription description() {
    return new StoreDescription(config.target());
  }
}
