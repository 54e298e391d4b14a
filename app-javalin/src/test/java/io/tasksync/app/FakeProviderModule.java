package io.tasksync.app;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import io.tasksync.port.out.OAuthClient;
import io.tasksync.port.out.TaskProvider;
import io.tasksync.port.out.WebhookReceiver;

/** Contributes a {@link FakeProvider} the way a provider adapter's module does. */
final class FakeProviderModule extends AbstractModule {

  private final FakeProvider fake;

  FakeProviderModule(FakeProvider fake) {
    this.fake = fake;
  }

  @Override
  protected void configure() {
    Multibinder.newSetBinder(binder(), TaskProvider.class).addBinding().toInstance(fake);
    Multibinder.newSetBinder(binder(), OAuthClient.class).addBinding().toInstance(fake);
    Multibinder.newSetBinder(binder(), WebhookReceiver.class).addBinding().toInstance(fake);
  }
}
