package io.tasksync.application;

import io.tasksync.domain.Provider;
import io.tasksync.port.out.OAuthClient;
import io.tasksync.port.out.ProviderConnector;
import io.tasksync.port.out.TaskProvider;
import io.tasksync.port.out.WebhookReceiver;
import io.tasksync.port.out.WebhookRegistrar;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The provider connectors wired in, looked up by provider. */
public final class ProviderConnectors {

  private final Map<Provider, ProviderConnector> connectors = new EnumMap<>(Provider.class);

  /**
   * @throws IllegalArgumentException when two connectors are for the same provider
   */
  public ProviderConnectors(Collection<ProviderConnector> connectors) {
    for (ProviderConnector c : connectors) {
      if (this.connectors.putIfAbsent(c.provider(), c) != null) {
        throw new IllegalArgumentException("two connectors for " + c.provider().displayName());
      }
    }
  }

  /** Providers a user can connect: every provider with a connector. */
  public Set<Provider> connectable() {
    return Set.copyOf(connectors.keySet());
  }

  public Optional<ProviderConnector> connector(Provider p) {
    return Optional.ofNullable(connectors.get(p));
  }

  public Optional<OAuthClient> client(Provider p) {
    return connector(p).map(ProviderConnector::oauthClient);
  }

  public Optional<TaskProvider> taskProvider(Provider p) {
    return connector(p).map(ProviderConnector::taskProvider);
  }

  public Optional<WebhookReceiver> receiver(Provider p) {
    return connector(p).flatMap(ProviderConnector::webhookReceiver);
  }

  public Optional<WebhookRegistrar> registrar(Provider p) {
    return connector(p).flatMap(ProviderConnector::webhookRegistrar);
  }

  public List<TaskProvider> taskProviders() {
    return connectors.values().stream().map(ProviderConnector::taskProvider).toList();
  }

  public List<OAuthClient> oauthClients() {
    return connectors.values().stream().map(ProviderConnector::oauthClient).toList();
  }
}
