package io.tasksync.examples.embedding;

import io.tasksync.application.CredentialService;
import io.tasksync.application.ProviderConnectors;
import io.tasksync.application.Sleeper;
import io.tasksync.application.SyncObserver;
import io.tasksync.application.SyncSettings;
import io.tasksync.application.SyncTasksService;
import io.tasksync.application.connect.ConnectService;
import io.tasksync.application.connect.DisconnectService;
import io.tasksync.application.connect.OAuthStates;
import io.tasksync.application.connect.StateSigningKey;
import io.tasksync.application.connect.WebhookSetup;
import io.tasksync.application.memory.InMemoryIntegrationStore;
import io.tasksync.application.memory.InMemoryPendingAuthorizationStore;
import io.tasksync.application.memory.InMemorySyncStateStore;
import io.tasksync.application.memory.InMemoryTaskStore;
import io.tasksync.application.memory.InMemoryWebhookDeliveryLog;
import io.tasksync.application.memory.InMemoryWebhookSecretStore;
import io.tasksync.application.sync.BackgroundSyncQueue;
import io.tasksync.application.sync.RequestSyncService;
import io.tasksync.application.sync.Schedule;
import io.tasksync.application.sync.SyncScheduler;
import io.tasksync.application.sync.SyncWorkers;
import io.tasksync.application.webhook.WebhookInbox;
import io.tasksync.domain.Provider;
import io.tasksync.port.in.ConnectUseCase;
import io.tasksync.port.in.DisconnectUseCase;
import io.tasksync.port.in.ReceiveWebhookUseCase;
import io.tasksync.port.in.RequestSyncUseCase;
import io.tasksync.port.out.ProviderConnector;
import io.tasksync.port.out.ProviderStateStore;
import io.tasksync.port.out.SyncQueue;
import io.tasksync.port.out.TaskStore;
import io.tasksync.port.out.TokenCipher;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * tasksync embedded in a JVM service, without the app: the four use cases wired by hand over the
 * in-memory stores (swap in adapter-firestore's stores to run several instances) and the provider
 * connectors the service chooses.
 */
public final class EmbeddedTaskSync implements AutoCloseable {

  /** What the embedding service decides: keys, its public URL, and how background work runs. */
  public record Settings(
      TokenCipher cipher,
      StateSigningKey stateKey,
      URI publicBaseUrl,
      Map<Provider, String> appWebhookSecrets,
      Schedule schedule) {}

  private final TaskStore tasks = new InMemoryTaskStore();
  private final ConnectUseCase connect;
  private final DisconnectUseCase disconnect;
  private final ReceiveWebhookUseCase webhooks;
  private final RequestSyncUseCase syncs;
  private final SyncWorkers workers;
  private final SyncScheduler scheduler;
  private final WebhookSetup webhookSetup;

  /**
   * @param providers one connector per provider, e.g. {@code LinearAdapters.create(..).connector()}
   * @param providerState what the adapters keep between runs (given to them as well), forgotten for
   *     an integration when it is disconnected
   */
  public EmbeddedTaskSync(
      List<ProviderConnector> providers,
      ProviderStateStore providerState,
      Settings settings,
      Clock clock) {
    var integrations = new InMemoryIntegrationStore();
    var states = new InMemorySyncStateStore();
    var secrets = new InMemoryWebhookSecretStore();
    var deliveries = new InMemoryWebhookDeliveryLog();
    var connectors = new ProviderConnectors(providers);
    var credentials =
        new CredentialService(
            integrations,
            settings.cipher(),
            connectors.oauthClients(),
            clock,
            Duration.ofMinutes(5));
    var sync =
        new SyncTasksService(
            integrations,
            states,
            tasks,
            connectors.taskProviders(),
            credentials,
            SyncSettings.defaults(settings.schedule().instanceId()),
            clock,
            Sleeper.REAL,
            SyncObserver.NONE);
    workers = new SyncWorkers(sync, deliveries, clock, settings.schedule().workers(), 1000);
    scheduler =
        new SyncScheduler(integrations, states, workers, settings.schedule(), deliveries, clock);
    SyncQueue queue = new BackgroundSyncQueue(workers, scheduler);
    ExecutorService background = Executors.newSingleThreadExecutor();
    webhookSetup =
        new WebhookSetup(
            connectors, credentials, secrets, settings.publicBaseUrl(), background, clock);
    var oauthStates =
        new OAuthStates(
            new InMemoryPendingAuthorizationStore(),
            settings.stateKey(),
            clock,
            Duration.ofMinutes(10));
    connect =
        new ConnectService(
            connectors,
            oauthStates,
            integrations,
            states,
            settings.cipher(),
            webhookSetup,
            queue,
            clock);
    disconnect =
        new DisconnectService(
            connectors,
            integrations,
            states,
            tasks,
            settings.cipher(),
            secrets,
            providerState,
            clock);
    webhooks =
        new WebhookInbox(
            connectors,
            integrations,
            secrets,
            tasks,
            queue,
            deliveries,
            settings.appWebhookSecrets(),
            clock);
    syncs = new RequestSyncService(queue);
    scheduler.start();
  }

  public ConnectUseCase connect() {
    return connect;
  }

  public DisconnectUseCase disconnect() {
    return disconnect;
  }

  public ReceiveWebhookUseCase webhooks() {
    return webhooks;
  }

  public RequestSyncUseCase syncs() {
    return syncs;
  }

  public TaskStore tasks() {
    return tasks;
  }

  /** Stops the scheduler; running syncs stop at their next checkpoint. */
  @Override
  public void close() {
    scheduler.stop();
    webhookSetup.shutdown();
    workers.shutdown(10_000);
  }
}
