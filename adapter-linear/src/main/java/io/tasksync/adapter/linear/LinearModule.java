package io.tasksync.adapter.linear;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.OptionalBinder;
import com.google.inject.multibindings.ProvidesIntoSet;
import io.tasksync.port.out.ProviderCallObserver;
import io.tasksync.port.out.ProviderConnector;
import java.time.Clock;
import java.util.Optional;

/**
 * Adds Linear's {@link ProviderConnector} to the app's set of connectors (with no webhook
 * registrar: Linear's app-level webhooks are configured at Linear); it needs the app's {@link
 * Clock}, and reports API requests to the {@link ProviderCallObserver} the app sets through an
 * {@link OptionalBinder}, if any.
 */
public final class LinearModule extends AbstractModule {

  private final LinearConfig config;

  public LinearModule(LinearConfig config) {
    this.config = config;
  }

  @Override
  protected void configure() {
    OptionalBinder.newOptionalBinder(binder(), ProviderCallObserver.class);
  }

  @Provides
  @Singleton
  LinearAdapters linearAdapters(Clock clock, Optional<ProviderCallObserver> observer) {
    return LinearAdapters.create(config, clock, observer.orElse(ProviderCallObserver.NONE));
  }

  @ProvidesIntoSet
  ProviderConnector linearConnector(LinearAdapters adapters) {
    return adapters.connector();
  }
}
