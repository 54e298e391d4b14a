package io.tasksync.app.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.tasksync.app.sync.MicrometerProviderCallObserver;
import io.tasksync.app.sync.MicrometerSyncObserver;
import io.tasksync.app.sync.ProviderRequestCounts;
import io.tasksync.app.sync.RunHistoryRecorder;
import io.tasksync.application.CredentialService;
import io.tasksync.application.ProviderConnectors;
import io.tasksync.application.Sleeper;
import io.tasksync.application.SyncObserver;
import io.tasksync.application.SyncSettings;
import io.tasksync.application.SyncTasksService;
import io.tasksync.application.TokenSourceFactory;
import io.tasksync.application.sync.BackgroundSyncQueue;
import io.tasksync.application.sync.RequestSyncService;
import io.tasksync.application.sync.Schedule;
import io.tasksync.application.sync.SyncScheduler;
import io.tasksync.application.sync.SyncWorkers;
import io.tasksync.domain.LeaseOwner;
import io.tasksync.port.in.RequestSyncUseCase;
import io.tasksync.port.in.SyncTasksUseCase;
import io.tasksync.port.out.IntegrationStore;
import io.tasksync.port.out.ProviderCallObserver;
import io.tasksync.port.out.ProviderConnector;
import io.tasksync.port.out.RunHistoryStore;
import io.tasksync.port.out.SyncQueue;
import io.tasksync.port.out.SyncStateStore;
import io.tasksync.port.out.TaskStore;
import io.tasksync.port.out.TokenCipher;
import io.tasksync.port.out.WebhookDeliveryLog;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;

/**
 * The sync machinery: the provider connectors (contributed by provider modules, which report their
 * HTTP requests to the Micrometer {@link ProviderCallObserver} set here), credentials, the sync
 * service, the worker pool and the scheduler.
 */
public final class SyncModule extends AbstractModule {

  @Override
  protected void configure() {
    Multibinder.newSetBinder(binder(), ProviderConnector.class);
    OptionalBinder.newOptionalBinder(binder(), ProviderCallObserver.class)
        .setBinding()
        .to(ProviderRequestCounts.class);
  }

  @Provides
  @Singleton
  MicrometerProviderCallObserver providerCalls(PrometheusMeterRegistry metrics) {
    return new MicrometerProviderCallObserver(metrics);
  }

  @Provides
  @Singleton
  ProviderRequestCounts requestCounts(MicrometerProviderCallObserver metrics) {
    return new ProviderRequestCounts(metrics);
  }

  @Provides
  @Singleton
  ProviderConnectors connectors(Set<ProviderConnector> connectors) {
    return new ProviderConnectors(connectors);
  }

  @Provides
  @Singleton
  CredentialService credentials(
      IntegrationStore integrations,
      TokenCipher cipher,
      ProviderConnectors connectors,
      Clock clock) {
    return new CredentialService(
        integrations, cipher, connectors.oauthClients(), clock, Duration.ofMinutes(5));
  }

  @Provides
  @Singleton
  TokenSourceFactory tokens(CredentialService credentials) {
    return credentials;
  }

  @Provides
  @Singleton
  SyncObserver observer(
      PrometheusMeterRegistry metrics,
      RunHistoryStore history,
      ProviderRequestCounts counts,
      TaskStore tasks,
      Schedule schedule) {
    return new RunHistoryRecorder(
        new MicrometerSyncObserver(metrics), history, counts, tasks, schedule.instanceId());
  }

  @Provides
  @Singleton
  SyncSettings settings(Schedule schedule) {
    String incarnation = UUID.randomUUID().toString().substring(0, 8);
    return SyncSettings.defaults(LeaseOwner.of(schedule.instanceId(), incarnation).id())
        .withLeaseTtl(schedule.leaseTtl());
  }

  @Provides
  @Singleton
  SyncTasksService service(
      IntegrationStore integrations,
      SyncStateStore states,
      TaskStore tasks,
      ProviderConnectors connectors,
      TokenSourceFactory tokens,
      SyncSettings settings,
      Clock clock,
      SyncObserver observer) {
    return new SyncTasksService(
        integrations,
        states,
        tasks,
        connectors.taskProviders(),
        tokens,
        settings,
        clock,
        Sleeper.REAL,
        observer);
  }

  @Provides
  @Singleton
  SyncTasksUseCase useCase(SyncTasksService service) {
    return service;
  }

  @Provides
  @Singleton
  SyncWorkers workers(
      SyncTasksService service, WebhookDeliveryLog deliveries, Clock clock, Schedule schedule) {
    return new SyncWorkers(service, deliveries, clock, schedule.workers(), 1000);
  }

  @Provides
  @Singleton
  SyncScheduler scheduler(
      IntegrationStore integrations,
      SyncStateStore states,
      SyncWorkers workers,
      Schedule schedule,
      WebhookDeliveryLog deliveries,
      Clock clock) {
    return new SyncScheduler(integrations, states, workers, schedule, deliveries, clock);
  }

  @Provides
  @Singleton
  SyncQueue queue(SyncWorkers workers, SyncScheduler scheduler) {
    return new BackgroundSyncQueue(workers, scheduler);
  }

  @Provides
  @Singleton
  RequestSyncUseCase requestSync(SyncQueue queue) {
    return new RequestSyncService(queue);
  }
}
