package io.tasksync.adapter.asana;

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
 * Adds the Asana adapter to the app's sets of task providers, OAuth clients and webhooks; it
 * reports its API requests to the {@link ProviderCallObserver} and keeps its Events API sync tokens
 * in the {@link ProviderStateStore} the app binds, if any (through {@link OptionalBinder}s; without
 * a store the tokens are kept in memory).
 */
public final class AsanaModule extends AbstractModule {

  private final AsanaConfig config;

  public AsanaModule(AsanaConfig config) {
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
  AsanaAdapters asanaAdapters(
      Optional<ProviderCallObserver> observer, Optional<ProviderStateStore> state) {
    return AsanaAdapters.create(
        config,
        Clock.systemUTC(),
        observer.orElse(ProviderCallObserver.NONE),
        state.orElseGet(InMemoryProviderStateStore::new));
  }

  @ProvidesIntoSet
  TaskProvider asanaTaskProvider(AsanaAdapters adapters) {
    return adapters.taskProvider();
  }

  @ProvidesIntoSet
  OAuthClient asanaOAuthClient(AsanaAdapters adapters) {
    return adapters.oauthClient();
  }

  @ProvidesIntoSet
  WebhookReceiver asanaWebhookReceiver(AsanaAdapters adapters) {
    return adapters.webhookReceiver();
  }

  @ProvidesIntoSet
  WebhookRegistrar asanaWebhookRegistrar(AsanaAdapters adapters) {
    return adapters.webhookRegistrar().orElseThrow();
  }
}
