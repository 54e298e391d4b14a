package io.tasksync.adapter.asana;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import com.google.inject.multibindings.OptionalBinder;
import io.tasksync.domain.Provider;
import io.tasksync.port.out.FetchRequest;
import io.tasksync.port.out.OAuthClient;
import io.tasksync.port.out.ProviderCallObserver;
import io.tasksync.port.out.RecordingProviderCallObserver;
import io.tasksync.port.out.TaskPage;
import io.tasksync.port.out.TaskProvider;
import io.tasksync.port.out.WebhookReceiver;
import io.tasksync.port.out.WebhookRegistrar;
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

  private static <T> Set<T> setOf(Injector injector, TypeLiteral<Set<T>> type) {
    return injector.getInstance(Key.get(type));
  }

  @Test
  void module_withoutAnObserver_addsAsanaToEveryProviderSet() {
    Injector injector =
        Guice.createInjector(
            binder -> binder.requireExplicitBindings(), new AsanaModule(bed.config));

    assertThat(setOf(injector, new TypeLiteral<Set<TaskProvider>>() {}))
        .extracting(TaskProvider::provider)
        .containsExactly(Provider.ASANA);
    assertThat(setOf(injector, new TypeLiteral<Set<OAuthClient>>() {})).hasSize(1);
    assertThat(setOf(injector, new TypeLiteral<Set<WebhookReceiver>>() {})).hasSize(1);
    assertThat(setOf(injector, new TypeLiteral<Set<WebhookRegistrar>>() {})).hasSize(1);
  }

  @Test
  void module_reportsRequestsToTheObserverTheAppBinds() {
    RecordingProviderCallObserver observer = new RecordingProviderCallObserver();
    Injector injector =
        Guice.createInjector(
            binder -> binder.requireExplicitBindings(),
            new AsanaModule(bed.config),
            binder ->
                OptionalBinder.newOptionalBinder(binder, ProviderCallObserver.class)
                    .setBinding()
                    .toInstance(observer));
    TaskProvider provider =
        setOf(injector, new TypeLiteral<Set<TaskProvider>>() {}).iterator().next();
    long before = bed.standIn.requestCount();

    try (Stream<TaskPage> pages =
        provider.fetch(FetchRequest.full(bed.integration, bed.tokens()))) {
      pages.forEach(p -> {});
    }

    assertThat(observer.calls()).hasSize((int) (bed.standIn.requestCount() - before)).isNotEmpty();
  }
}
