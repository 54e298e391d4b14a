package io.tasksync.app.wiring;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.OptionalBinder;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.tasksync.app.config.AppConfig;
import io.tasksync.app.demo.DemoFeed;
import io.tasksync.app.security.ApiKeys;
import io.tasksync.app.security.AuthThrottle;
import io.tasksync.app.security.Sessions;
import io.tasksync.app.web.Access;
import io.tasksync.app.web.DemoHandlers;
import io.tasksync.app.web.EnvironmentView;
import io.tasksync.app.web.IntegrationHandlers;
import io.tasksync.app.web.OAuthHandlers;
import io.tasksync.app.web.OpsHandlers;
import io.tasksync.app.web.PageHandler;
import io.tasksync.app.web.Routes;
import io.tasksync.app.web.RunHandlers;
import io.tasksync.app.web.SessionHandlers;
import io.tasksync.app.web.StoreDeadline;
import io.tasksync.app.web.TaskHandlers;
import io.tasksync.app.web.WebhookHandlers;
import io.tasksync.application.ProviderConnectors;
import io.tasksync.port.in.ConnectUseCase;
import io.tasksync.port.in.DisconnectUseCase;
import io.tasksync.port.in.ReceiveWebhookUseCase;
import io.tasksync.port.in.RequestSyncUseCase;
import io.tasksync.port.out.IntegrationStore;
import io.tasksync.port.out.RunHistoryStore;
import io.tasksync.port.out.SyncStateStore;
import io.tasksync.port.out.TaskStore;
import io.tasksync.sandbox.DemoActivity;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/** The HTTP side: access control, handlers and routes. */
public final class WebModule extends AbstractModule {

  @Provides
  @Singleton
  Access access(ApiKeys keys, Sessions sessions, AuthThrottle throttle, AppConfig config) {
    return new Access(keys, sessions, throttle, "https".equals(config.publicBaseUrl().getScheme()));
  }

  /** Store reads of the API wait at most 5 s, at most 64 at once. */
  @Provides
  @Singleton
  StoreDeadline storeDeadline() {
    return new StoreDeadline(Duration.ofSeconds(5), 64);
  }

  @Provides
  @Singleton
  EnvironmentView environment(
      AppConfig config, ProviderConnectors registry, StoreDescription store) {
    return EnvironmentView.of(config, registry, store.text());
  }

  @Provides
  @Singleton
  Routes routes(
      Access access,
      ObjectMapper json,
      ConnectUseCase connect,
      DisconnectUseCase disconnect,
      IntegrationStore integrations,
      SyncStateStore states,
      TaskStore tasks,
      RequestSyncUseCase syncs,
      ReceiveWebhookUseCase inbox,
      PrometheusMeterRegistry metrics,
      EnvironmentView environment,
      StoreDeadline deadline,
      AppConfig config,
      Clock clock,
      RunHistoryStore runHistory,
      Optional<DemoFeed> demoFeed) {
    return new Routes(
        access,
        new PageHandler(),
        new SessionHandlers(access, json),
        new OAuthHandlers(connect, access),
        new IntegrationHandlers(
            integrations, states, tasks, syncs, disconnect, json, deadline, clock),
        new TaskHandlers(tasks, integrations, deadline),
        new WebhookHandlers(inbox),
        new OpsHandlers(metrics, environment, integrations, deadline),
        config.publicBaseUrl(),
        new RunHandlers(integrations, runHistory),
        new DemoHandlers(demoFeed, json));
  }

  @Override
  protected void configure() {
    OptionalBinder.newOptionalBinder(binder(), DemoActivity.class);
  }

  @Provides
  @Singleton
  Optional<DemoFeed> demoFeed(
      Optional<DemoActivity> activity,
      IntegrationStore integrations,
      TaskStore tasks,
      Clock clock) {
    return activity.map(a -> new DemoFeed(a, integrations, tasks, clock));
  }
}
