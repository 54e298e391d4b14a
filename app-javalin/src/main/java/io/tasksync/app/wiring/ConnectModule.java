package io.tasksync.app.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.tasksync.app.config.AppConfig;
import io.tasksync.application.ProviderConnectors;
import io.tasksync.application.TokenSourceFactory;
import io.tasksync.application.connect.ConnectService;
import io.tasksync.application.connect.DisconnectService;
import io.tasksync.application.connect.OAuthStates;
import io.tasksync.application.connect.WebhookSetup;
import io.tasksync.application.webhook.WebhookInbox;
import io.tasksync.port.in.ConnectUseCase;
import io.tasksync.port.in.DisconnectUseCase;
import io.tasksync.port.in.ReceiveWebhookUseCase;
import io.tasksync.port.out.IntegrationStore;
import io.tasksync.port.out.ProviderStateStore;
import io.tasksync.port.out.SyncQueue;
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
      ProviderConnectors registry,
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
      ProviderConnectors registry,
      OAuthStates states,
      IntegrationStore integrations,
      SyncStateStore syncStates,
      TokenCipher cipher,
      WebhookSetup webhooks,
      SyncQueue syncs,
      Clock clock) {
    return new ConnectService(
        registry, states, integrations, syncStates, cipher, webhooks, syncs, clock);
  }

  @Provides
  @Singleton
  ConnectUseCase connectUseCase(ConnectService service) {
    return service;
  }

  @Provides
  @Singleton
  DisconnectUseCase disconnectUseCase(DisconnectService service) {
    return service;
  }

  @Provides
  @Singleton
  ReceiveWebhookUseCase receiveWebhookUseCase(WebhookInbox inbox) {
    return inbox;
  }

  @Provides
  @Singleton
  DisconnectService disconnect(
      ProviderConnectors registry,
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
      ProviderConnectors registry,
      IntegrationStore integrations,
      WebhookSecretStore secrets,
      TaskStore tasks,
      SyncQueue syncs,
      WebhookDeliveryLog deliveries,
      AppConfig config,
      Clock clock) {
    return new WebhookInbox(
        registry,
        integrations,
        secrets,
        tasks,
        syncs,
        deliveries,
        config.appWebhookSecrets(),
        clock);
  }
}
