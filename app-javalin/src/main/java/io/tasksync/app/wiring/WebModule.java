package io.tasksync.app.wiring;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.tasksync.app.config.AppConfig;
import io.tasksync.app.connect.ConnectService;
import io.tasksync.app.connect.DisconnectService;
import io.tasksync.app.connect.ProviderRegistry;
import io.tasksync.app.security.ApiKeys;
import io.tasksync.app.security.AuthThrottle;
import io.tasksync.app.security.Sessions;
import io.tasksync.app.sync.SyncWorkers;
import io.tasksync.app.web.Access;
import io.tasksync.app.web.EnvironmentView;
import io.tasksync.app.web.IntegrationHandlers;
import io.tasksync.app.web.OAuthHandlers;
import io.tasksync.app.web.OpsHandlers;
import io.tasksync.app.web.PageHandler;
import io.tasksync.app.web.Routes;
import io.tasksync.app.web.SessionHandlers;
import io.tasksync.app.web.StoreDeadline;
import io.tasksync.app.web.TaskHandlers;
import io.tasksync.app.web.WebhookHandlers;
import io.tasksync.app.webhook.WebhookInbox;
import io.tasksync.port.out.IntegrationStore;
import io.tasksync.port.out.SyncStateStore;
import io.tasksync.port.out.TaskStore;
import java.time.Clock;
import java.time.Duration;

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
  EnvironmentView environment(AppConfig config, ProviderRegistry registry, StoreDescription store) {
    return EnvironmentView.of(config, registry, store.text());
  }

  @Provides
  @Singleton
  Routes routes(
      Access access,
      ObjectMapper json,
      ConnectService connect,
      DisconnectService disconnect,
      IntegrationStore integrations,
      SyncStateStore states,
      TaskStore tasks,
      SyncWorkers workers,
      WebhookInbox inbox,
      PrometheusMeterRegistry metrics,
      EnvironmentView environment,
      StoreDeadline deadline,
      AppConfig config,
      Clock clock) {
    return new Routes(
        access,
        new PageHandler(),
        new SessionHandlers(access, json),
        new OAuthHandlers(connect, access),
        new IntegrationHandlers(
            integrations, states, tasks, workers, disconnect, json, deadline, clock),
        new TaskHandlers(tasks, deadline),
        new WebhookHandlers(inbox),
        new OpsHandlers(metrics, environment, integrations, deadline),
        config.publicBaseUrl());
  }
}
