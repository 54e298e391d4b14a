package io.tasksync.adapter.linear;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import io.tasksync.port.out.OAuthClient;
import io.tasksync.port.out.TaskProvider;
import io.tasksync.port.out.WebhookReceiver;
import io.tasksync.port.out.WebhookRegistrar;
import java.time.Clock;

/**
 * Adds Linear's task provider, OAuth client and webhook receiver to the application's sets (and no
 * webhook registrar: Linear's app-level webhooks are configured at Linear).
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
    LinearAdapters adapters = LinearAdapters.create(config, clock);
    Multibinder.newSetBinder(binder(), TaskProvider.class)
        .addBinding()
        .toInstance(adapters.taskProvider());
    Multibinder.newSetBinder(binder(), OAuthClient.class)
        .addBinding()
        .toInstance(adapters.oauthClient());
    Multibinder.newSetBinder(binder(), WebhookReceiver.class)
        .addBinding()
        .toInstance(adapters.webhookReceiver());
    Multibinder.newSetBinder(binder(), WebhookRegistrar.class);
  }
}
