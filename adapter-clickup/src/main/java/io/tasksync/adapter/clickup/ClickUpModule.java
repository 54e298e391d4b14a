package io.tasksync.adapter.clickup;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;
import com.google.inject.multibindings.ProvidesIntoSet;
import io.tasksync.application.memory.InMemoryProviderStateStore;
import io.tasksync.port.out.OAuthClient;
import io.tasksync.port.out.ProviderCallObserver;
import io.tasksync.port.out.ProviderStateStore;
import io.tasksync.port.out.TaskProvider;
import io.tasksync.port.out.WebhookReceiver;
import io.tasksync.port.out.WebhookRegistrar;
import java.time.Clock;
import java.util.Optional;

/**
 * Adds ClickUp's task provider, OAuth client and webhook parts to the app's sets; needs a Clock,
 * reports API requests to the {@link ProviderCallObserver} the app sets through an {@link
 * OptionalBinder}, if any, and keeps the archived lists of each workspace in the {@link
 * ProviderStateStore} the app binds, if any (in memory otherwise).
 */
public final class ClickUpModule extends AbstractModule {

  private final ClickUpConfig config;

  public ClickUpModule(ClickUpConfig config) {
    this.config = config;
  }

  @Override
  protected void configure() {
    OptionalBinder.newOptionalBinder(binder(), ProviderCallObserver.class);
    OptionalBinder.newOptionalBinder(binder(), ProviderStateStore.class);
    Multibinder.newSetBinder(binder(), TaskProvider.class);
    Multibinder.newSetBinder(binder(), OAuthClient.class);
    Multibinder.newSetBinder(binder(), WebhookReceiver.class);
    Multibinder.newSetBinder(binder(), WebhookRegistrar.class);
  }

  @Provides
  @Singleton
  ClickUpAdapters clickUpAdapters(
      Clock clock, Optional<ProviderCallObserver> observer, Optional<ProviderStateStore> state) {
    return ClickUpAdapters.create(
        config,
        clock,
        observer.orElse(ProviderCallObserver.NONE),
        state.orElseGet(InMemoryProviderStateStore::new));
  }

  @ProvidesIntoSet
  TaskProvider clickUpTaskProvider(ClickUpAdapters adapters) {
    return adapters.taskProvider();
  }

  @ProvidesIntoSet
  OAuthClient clickUpOAuthClient(ClickUpAdapters adapters) {
    return adapters.oauthClient();
  }

  @ProvidesIntoSet
  WebhookReceiver clickUpWebhookReceiver(ClickUpAdapters adapters) {
    return adapters.webhookReceiver();
  }

  @ProvidesIntoSet
  WebhookRegistrar clickUpWebhookRegistrar(ClickUpAdapters adapters) {
    return adapters.webhookRegistrar().orElseThrow();
  }
}
