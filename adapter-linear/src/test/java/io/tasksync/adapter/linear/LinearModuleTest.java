package io.tasksync.adapter.linear;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import io.tasksync.domain.Provider;
import io.tasksync.port.out.ProviderConnector;
import io.tasksync.port.out.WebhookReceiver;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LinearModuleTest {

  private final Injector injector =
      Guice.createInjector(
          new LinearModule(LinearConfig.defaults("id", "secret", LinearTestSupport.REDIRECT)),
          binder -> binder.bind(java.time.Clock.class).toInstance(java.time.Clock.systemUTC()));

  @Test
  void module_addsLinearsConnectorWithAReceiver_andNoRegistrar() {
    Set<ProviderConnector> connectors =
        injector.getInstance(Key.get(new TypeLiteral<Set<ProviderConnector>>() {}));

    assertThat(connectors).extracting(ProviderConnector::provider).containsExactly(Provider.LINEAR);
    ProviderConnector linear = connectors.iterator().next();
    assertThat(linear.oauthClient().provider()).isEqualTo(Provider.LINEAR);
    assertThat(linear.webhookReceiver().map(WebhookReceiver::provider)).contains(Provider.LINEAR);
    assertThat(linear.webhookRegistrar()).isEmpty();
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
