package io.tasksync.adapter.clickup;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import io.tasksync.domain.Provider;
import io.tasksync.port.out.OAuthClient;
import io.tasksync.port.out.TaskProvider;
import io.tasksync.port.out.WebhookReceiver;
import io.tasksync.port.out.WebhookRegistrar;
import java.net.URI;
import java.time.Clock;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClickUpModuleTest {

  @Test
  void module_addsClickUpToEveryProviderSet() {
    ClickUpConfig config =
        ClickUpConfig.defaults(
            "id", "secret", URI.create("https://app.test/oauth/clickup/callback"));
    Injector injector =
        Guice.createInjector(
            new ClickUpModule(config),
            binder -> binder.bind(Clock.class).toInstance(Clock.systemUTC()));

    assertThat(injector.getInstance(Key.get(new TypeLiteral<Set<TaskProvider>>() {})))
        .extracting(TaskProvider::provider)
        .containsExactly(Provider.CLICKUP);
    assertThat(injector.getInstance(Key.get(new TypeLiteral<Set<OAuthClient>>() {}))).hasSize(1);
    assertThat(injector.getInstance(Key.get(new TypeLiteral<Set<WebhookReceiver>>() {})))
        .hasSize(1);
    assertThat(injector.getInstance(Key.get(new TypeLiteral<Set<WebhookRegistrar>>() {})))
        .hasSize(1);
  }
}
