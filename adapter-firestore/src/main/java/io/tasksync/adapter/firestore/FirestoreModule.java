package io.tasksync.adapter.firestore;

import com.google.inject.AbstractModule;
import com.google.inject.Key;
import com.google.inject.Provider;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.tasksync.port.out.IntegrationStore;
import io.tasksync.port.out.PendingAuthorizationStore;
import io.tasksync.port.out.ProviderStateStore;
import io.tasksync.port.out.RunHistoryStore;
import io.tasksync.port.out.SessionStore;
import io.tasksync.port.out.SyncStateStore;
import io.tasksync.port.out.TaskStore;
import io.tasksync.port.out.WebhookDeliveryLog;
import io.tasksync.port.out.WebhookSecretStore;
import java.lang.annotation.Annotation;
import java.util.Objects;

/**
 * Binds the stores to Firestore (tasks, sync states, integrations, run history, provider state,
 * webhook secrets and deliveries, pending OAuth authorizations, sessions). {@link FirestoreStores}
 * is bound too, so the app can close the client at shutdown. The webhook secret store can be bound
 * under a qualifier instead, for an application that wraps it (e.g. to seal the secrets) and binds
 * the plain key itself.
 */
public final class FirestoreModule extends AbstractModule {

  private final FirestoreConfig config;
  private final Class<? extends Annotation> webhookSecretsQualifier;

  public FirestoreModule(FirestoreConfig config) {
    this(config, null);
  }

  /**
   * As {@link #FirestoreModule(FirestoreConfig)}, with the webhook secret store bound only as
   * {@code @webhookSecretsQualifier WebhookSecretStore} (null: unqualified).
   */
  public FirestoreModule(
      FirestoreConfig config, Class<? extends Annotation> webhookSecretsQualifier) {
    this.config = Objects.requireNonNull(config, "config");
    this.webhookSecretsQualifier = webhookSecretsQualifier;
  }

  @Override
  protected void configure() {
    Key<WebhookSecretStore> key =
        webhookSecretsQualifier == null
            ? Key.get(WebhookSecretStore.class)
            : Key.get(WebhookSecretStore.class, webhookSecretsQualifier);
    Provider<FirestoreStores> stores = getProvider(FirestoreStores.class);
    bind(key).toProvider(() -> stores.get().webhookSecretStore()).in(Singleton.class);
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
  RunHistoryStore runHistoryStore(FirestoreStores stores) {
    return stores.runHistoryStore();
  }

  @Provides
  @Singleton
  ProviderStateStore providerStateStore(FirestoreStores stores) {
    return stores.providerStateStore();
  }

  @Provides
  @Singleton
  PendingAuthorizationStore pendingAuthorizationStore(FirestoreStores stores) {
    return stores.pendingAuthorizationStore();
  }

  @Provides
  @Singleton
  SessionStore sessionStore(FirestoreStores stores) {
    return stores.sessionStore();
  }

  @Provides
  @Singleton
  WebhookDeliveryLog webhookDeliveryLog(FirestoreStores stores) {
    return stores.webhookDeliveryLog();
  }
}
