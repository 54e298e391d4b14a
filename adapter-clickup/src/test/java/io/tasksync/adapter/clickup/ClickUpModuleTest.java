package io.tasksync.adapter.clickup;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import io.tasksync.domain.Provider;
import io.tasksync.port.out.ProviderConnector;
import java.net.URI;
import java.time.Clock;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClickUpModuleTest {

  @Test
  void module_addsClickUpsConnectorWithEveryPart() {
    ClickUpConfig config =
        ClickUpConfig.defaults(
            "id", "secret", URI.create("https://app.test/oauth/clickup/callback"));
    Injector injector =
        Guice.createInjector(
            new ClickUpModule(config),
            binder -> binder.bind(Clock.class).toInstance(Clock.systemUTC()));

    Set<ProviderConnector> connectors =
        injector.getInstance(Key.get(new TypeLiteral<Set<ProviderConnector>>() {}));

    assertThat(connectors)
        .extracting(ProviderConnector::provider)
        .containsExactly(Provider.CLICKUP);
    ProviderConnector clickUp = connectors.iterator().next();
    assertThat(clickUp.oauthClient().provider()).isEqualTo(Provider.CLICKUP);
    assertThat(clickUp.webhookReceiver()).isPresent();
    assertThat(clickUp.webhookRegistrar()).isPresent();
  }
}
