package io.tasksync.adapter.linear;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import com.google.inject.util.Types;
import io.tasksync.domain.Provider;
import io.tasksync.port.out.OAuthClient;
import io.tasksync.port.out.TaskProvider;
import io.tasksync.port.out.WebhookReceiver;
import io.tasksync.port.out.WebhookRegistrar;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LinearModuleTest {

  private final Injector injector =
      Guice.createInjector(
          new LinearModule(LinearConfig.defaults("id", "secret", LinearTestSupport.REDIRECT)));

  @SuppressWarnings("unchecked")
  private <T> Set<T> setOf(Class<T> type) {
    return (Set<T>) injector.getInstance(Key.get(TypeLiteral.get(Types.setOf(type))));
  }

  @Test
  void module_addsLinearsProviderOAuthClientAndReceiver_andNoRegistrar() {
    assertThat(setOf(TaskProvider.class))
        .extracting(TaskProvider::provider)
        .containsExactly(Provider.LINEAR);
    assertThat(setOf(OAuthClient.class))
        .extracting(OAuthClient::provider)
        .containsExactly(Provider.LINEAR);
    assertThat(setOf(WebhookReceiver.class))
        .extracting(WebhookReceiver::provider)
        .containsExactly(Provider.LINEAR);
    assertThat(setOf(WebhookRegistrar.class)).isEmpty();
  }

  @Test
  void adapters_haveNoWebhookRegistrarForLinearsAppLevelWebhooks() {
    LinearAdapters adapters =
        LinearAdapters.create(
            LinearConfig.defaults("id", "secret", LinearTestSupport.REDIRECT),
            java.time.Clock.systemUTC());

    assertThat(adapters.webhookRegistrar()).isEmpty();
  }
}
