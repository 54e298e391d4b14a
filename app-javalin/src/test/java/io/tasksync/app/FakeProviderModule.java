package io.tasksync.app;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import io.tasksync.port.out.ProviderConnector;
import java.util.Optional;

/** Contributes a {@link FakeProvider} the way a provider adapter's module does. */
final class FakeProviderModule extends AbstractModule {

  private final FakeProvider fake;

  FakeProviderModule(FakeProvider fake) {
    this.fake = fake;
  }

  @Override
  protected void configure() {
    Multibinder.newSetBinder(binder(), ProviderConnector.class)
        .addBinding()
        .toInstance(
            new ProviderConnector(
                fake.provider(), fake, fake, Optional.of(fake), Optional.empty()));
  }
}
