package io.tasksync.app.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.tasksync.app.config.AppConfig;
import io.tasksync.app.connect.ConnectService;
import io.tasksync.app.connect.DisconnectService;
import io.tasksync.app.connect.ProviderRegistry;
import io.tasksync.app.connect.WebhookSetup;
import io.tasksync.app.security.OAuthStates;
import io.tasksync.app.sync.SyncScheduler;
import io.tasksync.app.sync.SyncWorkers;
import io.tasksync.app.webhook.WebhookInbox;
import io.tasksync.application.TokenSourceFactory;
import io.tasksync.port.out.IntegrationStore;
import io.tasksync.port.out.ProviderStateStore;
import io.tasksync.port.out.SyncStateStore;
import io.tasksync.port.out.TaskStore;
import io.tasksync.port.out.TokenCipher;
import io.tasksync.port.out.WebhookDeliveryLog;
import io.tasksync.port.out.WebhookSecretStore;
import java.time.Clock;
import java.util.concurrent.Executors;

/** Connecting and disconnecting integrations, and taking their webhooks. */
public final class ConnectModule extends AbstractModule {

  @Provides
  @Singleton
  WebhookSetup webhookSetup(
      ProviderRegistry registry,
      TokenSourceFactory tokens,
      WebhookSecretStore secrets,
      AppConfig config,
      Clock clock) {
    return new WebhookSetup(
        registry,
        tokens,
        secrets,
        config.publicBaseUrl(),
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "webhook-setup");
              t.setDaemon(true);
              return t;
            }),
        clock);
  }

  @Provides
  @Singleton
  ConnectService connect(
      ProviderRegistry registry,
      OAuthStates states,
      IntegrationStore integrations,
      SyncStateStore syncStates,
      TokenCipher cipher,
      WebhookSetup webhooks,
      SyncWorkers workers,
      Clock clock) {
    return new ConnectService(
        registry, states, integrations, syncStates, cipher, webhooks, workers, clock);
  }

  @Provides
  @Singleton
  DisconnectService disconnect(
      ProviderRegistry registry,
      IntegrationStore integrations,
      SyncStateStore syncStates,
      TaskStore tasks,
      TokenCipher cipher,
      WebhookSecretStore secrets,
      ProviderStateStore providerState,
      Clock clock) {
    return new DisconnectService(
        registry, integrations, syncStates, tasks, cipher, secrets, providerState, clock);
  }

  @Provides
  @Singleton
  WebhookInbox inbox(
      ProviderRegistry registry,
      IntegrationStore integrations,
      WebhookSecretStore secrets,
      TaskStore tasks,
      SyncScheduler scheduler,
      WebhookDeliveryLog deliveries,
      AppConfig config,
      Clock clock) {
    return new WebhookInbox(
        registry,
        integrations,
        secrets,
        tasks,
        scheduler,
        deliveries,
        config.appWebhookSecrets(),
        clock);
  }
}
