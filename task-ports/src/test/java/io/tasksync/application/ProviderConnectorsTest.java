package io.tasksync.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tasksync.domain.Provider;
import io.tasksync.port.out.OAuthClient;
import io.tasksync.port.out.ProviderConnector;
import io.tasksync.port.out.TaskProvider;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProviderConnectorsTest {

  /** A part that answers only which provider it is for. */
  private static <T> T part(Class<T> type, Provider provider) {
    return type.cast(
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (proxy, method, args) -> {
              if (method.getName().equals("provider")) {
                return provider;
              }
              throw new UnsupportedOperationException(method.getName());
            }));
  }

  private static ProviderConnector connector(Provider provider) {
    return new ProviderConnector(
        provider,
        part(TaskProvider.class, provider),
        part(OAuthClient.class, provider),
        Optional.empty(),
        Optional.empty());
  }

  @Test
  void connectors_areFoundByProvider_andOthersAreNot() {
    ProviderConnectors connectors = new ProviderConnectors(List.of(connector(Provider.LINEAR)));

    assertThat(connectors.connectable()).containsExactly(Provider.LINEAR);
    assertThat(connectors.taskProvider(Provider.LINEAR).map(TaskProvider::provider))
        .contains(Provider.LINEAR);
    assertThat(connectors.client(Provider.LINEAR).map(OAuthClient::provider))
        .contains(Provider.LINEAR);
    assertThat(connectors.receiver(Provider.LINEAR)).isEmpty();
    assertThat(connectors.connector(Provider.ASANA)).isEmpty();
  }

  @Test
  void twoConnectorsForOneProvider_areRefused() {
    assertThatThrownBy(
            () ->
                new ProviderConnectors(
                    List.of(connector(Provider.ASANA), connector(Provider.ASANA))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Asana");
  }

  @Test
  void connectorWhosePartsAreForAnotherProvider_isRefused() {
    assertThatThrownBy(
            () ->
                new ProviderConnector(
                    Provider.ASANA,
                    part(TaskProvider.class, Provider.ASANA),
                    part(OAuthClient.class, Provider.CLICKUP),
                    Optional.empty(),
                    Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("oauthClient");
  }
}
