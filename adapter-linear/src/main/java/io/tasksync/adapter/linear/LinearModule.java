package io.tasksync.adapter.linear;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;
import com.google.inject.multibindings.ProvidesIntoSet;
import io.tasksync.port.out.OAuthClient;
import io.tasksync.port.out.ProviderCallObserver;
import io.tasksync.port.out.TaskProvider;
import io.tasksync.port.out.WebhookReceiver;
import io.tasksync.port.out.WebhookRegistrar;
import java.time.Clock;
import java.util.Optional;

/**
 * Adds Linear's task provider, OAuth client and webhook receiver to the application's sets (and no
 * webhook registrar: Linear's app-level webhooks are configured at Linear); it reports API requests
 * to the {@link ProviderCallObserver} the app sets through an {@link OptionalBinder}, if any.
 */
public final class LinearModule extends AbstractModule {

  private final LinearConfig config;
  private final Clock clock;

  public LinearModule(LinearConfig config) {
    this(config, Clock.systemUTC());
  }

  public LinearModule(LinearConfig config, Clock clock) {
    this.config = config;
    this.clock = clock;
  }

  @Override
  protected void configure() {
    OptionalBinder.newOptionalBinder(binder(), ProviderCallObserver.class);
    Multibinder.newSetBinder(binder(), TaskProvider.class);
    Multibinder.newSetBinder(binder(), OAuthClient.class);
    Multibinder.newSetBinder(binder(), WebhookReceiver.class);
    Multibinder.newSetBinder(binder(), WebhookRegistrar.class);
  }

  @Provides
  @Singleton
  LinearAdapters linearAdapters(Optional<ProviderCallObserver> observer) {
    return LinearAdapters.create(config, clock, observer.orElse(ProviderCallObserver.NONE));
  }

  @ProvidesIntoSet
  TaskProvider linearTaskProvider(LinearAdapters adapters) {
    return adapters.taskProvider();
  }

  @ProvidesIntoSet
  OAuthClient linearOAuthClient(LinearAdapters adapters) {
    return adapters.oauthClient();
  }

  @ProvidesIntoSet
  WebhookReceiver linearWebhookReceiver(LinearAdapters adapters) {
    return adapters.webhookReceiver();
  }
}
