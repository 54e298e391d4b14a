package io.tasksync.adapter.asana;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import com.google.inject.multibindings.OptionalBinder;
import io.tasksync.domain.Provider;
import io.tasksync.port.out.FetchRequest;
import io.tasksync.port.out.ProviderCallObserver;
import io.tasksync.port.out.ProviderConnector;
import io.tasksync.port.out.RecordingProviderCallObserver;
import io.tasksync.port.out.TaskPage;
import io.tasksync.port.out.TaskProvider;
import java.time.Clock;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AsanaModuleTest {

  private final AsanaTestBed bed = AsanaTestBed.withTasks(20);

  @AfterEach
  void stop() {
    bed.close();
  }

  private static Set<ProviderConnector> connectors(Injector injector) {
    return injector.getInstance(Key.get(new TypeLiteral<Set<ProviderConnector>>() {}));
  }

  private static void clock(com.google.inject.Binder binder) {
    binder.bind(Clock.class).toInstance(Clock.systemUTC());
  }

  @Test
  void module_withoutAnObserver_addsAsanasConnectorWithEveryPart() {
    Injector injector =
        Guice.createInjector(
            binder -> binder.requireExplicitBindings(),
            AsanaModuleTest::clock,
            new AsanaModule(bed.config));

    Set<ProviderConnector> connectors = connectors(injector);

    assertThat(connectors).extracting(ProviderConnector::provider).containsExactly(Provider.ASANA);
    ProviderConnector asana = connectors.iterator().next();
    assertThat(asana.oauthClient().provider()).isEqualTo(Provider.ASANA);
    assertThat(asana.webhookReceiver()).isPresent();
    assertThat(asana.webhookRegistrar()).isPresent();
  }

  @Test
  void module_reportsRequestsToTheObserverTheAppBinds() {
    RecordingProviderCallObserver observer = new RecordingProviderCallObserver();
    Injector injector =
        Guice.createInjector(
            binder -> binder.requireExplicitBindings(),
            AsanaModuleTest::clock,
            new AsanaModule(bed.config),
            binder ->
                OptionalBinder.newOptionalBinder(binder, ProviderCallObserver.class)
                    .setBinding()
                    .toInstance(observer));
    TaskProvider provider = connectors(injector).iterator().next().taskProvider();
    long before = bed.standIn.requestCount();

    try (Stream<TaskPage> pages =
        provider.fetch(FetchRequest.full(bed.integration, bed.tokens()))) {
      pages.forEach(p -> {});
    }

    assertThat(observer.calls()).hasSize((int) (bed.standIn.requestCount() - before)).isNotEmpty();
  }
}
