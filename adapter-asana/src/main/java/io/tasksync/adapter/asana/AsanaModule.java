package io.tasksync.adapter.asana;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import io.tasksync.port.out.OAuthClient;
import io.tasksync.port.out.TaskProvider;
import io.tasksync.port.out.WebhookReceiver;
import io.tasksync.port.out.WebhookRegistrar;
import java.time.Clock;

/** Adds the Asana adapter to the app's sets of task providers, OAuth clients and webhooks. */
public final class AsanaModule extends AbstractModule {

  private final AsanaConfig config;

  public AsanaModule(AsanaConfig config) {
    this.config = config;
  }

  @Override
  protected void configure() {
    AsanaAdapters adapters = AsanaAdapters.create(config, Clock.systemUTC());
    Multibinder.newSetBinder(binder(), TaskProvider.class)
        .addBinding()
        .toInstance(adapters.taskProvider());
    Multibinder.newSetBinder(binder(), OAuthClient.class)
        .addBinding()
        .toInstance(adapters.oauthClient());
    Multibinder.newSetBinder(binder(), WebhookReceiver.class)
        .addBinding()
        .toInstance(adapters.webhookReceiver());
    Multibinder.newSetBinder(binder(), WebhookRegistrar.class)
        .addBinding()
        .toInstance(adapters.webhookRegistrar().orElseThrow());
  }
}
