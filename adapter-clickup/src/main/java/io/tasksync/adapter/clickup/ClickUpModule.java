package io.tasksync.adapter.clickup;

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
 * Adds ClickUp's {@link ProviderConnector} to the app's set of connectors; it needs the app's
 * {@link Clock}, and reports API requests to the {@link ProviderCallObserver} the app sets through
 * an {@link OptionalBinder}, if any, and keeps the archived lists of each workspace in the {@link
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
  ProviderConnector clickUpConnector(ClickUpAdapters adapters) {
    return adapters.connector();
  }
}
