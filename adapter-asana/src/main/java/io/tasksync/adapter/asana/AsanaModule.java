package io.tasksync.adapter.asana;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.OptionalBinder;
import com.google.inject.multibindings.ProvidesIntoSet;
import io.tasksync.application.memory.InMemoryProviderStateStore;
import io.tasksync.port.out.ProviderCallObserver;
import io.tasksync.port.out.ProviderConnector;
import io.tasksync.port.out.ProviderStateStore;
import java.time.Clock;
import java.util.Optional;

/**
 * Adds Asana's {@link ProviderConnector} to the app's set of connectors; it needs the app's {@link
 * Clock}, reports its API requests to the {@link ProviderCallObserver} and keeps its Events API
 * sync tokens in the {@link ProviderStateStore} the app binds, if any (through {@link
 * OptionalBinder}s; without a store the tokens are kept in memory).
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
  }

  @Provides
  @Singleton
  AsanaAdapters asanaAdapters(
      Clock clock, Optional<ProviderCallObserver> observer, Optional<ProviderStateStore> state) {
    return AsanaAdapters.create(
        config,
        clock,
        observer.orElse(ProviderCallObserver.NONE),
        state.orElseGet(InMemoryProviderStateStore::new));
  }

  @ProvidesIntoSet
  ProviderConnector asanaConnector(AsanaAdapters adapters) {
    return adapters.connector();
  }
}
