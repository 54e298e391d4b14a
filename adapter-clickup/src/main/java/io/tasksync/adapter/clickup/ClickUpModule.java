package io.tasksync.adapter.clickup;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.ProvidesIntoSet;
import io.tasksync.port.out.OAuthClient;
import io.tasksync.port.out.TaskProvider;
import io.tasksync.port.out.WebhookReceiver;
import io.tasksync.port.out.WebhookRegistrar;
import java.time.Clock;

/**
 * Adds ClickUp's task provider, OAuth client and webhook parts to the app's sets; needs a Clock.
 */
public final class ClickUpModule extends AbstractModule {

  private final ClickUpConfig config;

  public ClickUpModule(ClickUpConfig config) {
    this.config = config;
  }

  @Override
  protected void configure() {
    Multibinder.newSetBinder(binder(), TaskProvider.class);
    Multibinder.newSetBinder(binder(), OAuthClient.class);
    Multibinder.newSetBinder(binder(), WebhookReceiver.class);
    Multibinder.newSetBinder(binder(), WebhookRegistrar.class);
  }

  @Provides
  @Singleton
  ClickUpAdapters clickUpAdapters(Clock clock) {
    return ClickUpAdapters.create(config, clock);
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
