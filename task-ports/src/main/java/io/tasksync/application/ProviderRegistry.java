package io.tasksync.application;

import io.tasksync.domain.Provider;
import io.tasksync.port.out.OAuthClient;
import io.tasksync.port.out.TaskProvider;
import io.tasksync.port.out.WebhookReceiver;
import io.tasksync.port.out.WebhookRegistrar;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** The provider adapters wired into this app, by provider. */
public final class ProviderRegistry {

  private final Map<Provider, OAuthClient> clients;
  private final Map<Provider, TaskProvider> providers;
  private final Map<Provider, WebhookReceiver> receivers;
  private final Map<Provider, WebhookRegistrar> registrars;

  public ProviderRegistry(
      Collection<OAuthClient> clients,
      Collection<TaskProvider> providers,
      Collection<WebhookReceiver> receivers,
      Collection<WebhookRegistrar> registrars) {
    this.clients = index(clients, OAuthClient::provider);
    this.providers = index(providers, TaskProvider::provider);
    this.receivers = index(receivers, WebhookReceiver::provider);
    this.registrars = index(registrars, WebhookRegistrar::provider);
  }

  /** Providers a user can connect: those with both an OAuth client and a task provider. */
  public Set<Provider> connectable() {
    Set<Provider> set = EnumSet.noneOf(Provider.class);
    clients.keySet().stream().filter(providers::containsKey).forEach(set::add);
    return set;
  }

  public Optional<OAuthClient> client(Provider p) {
    return Optional.ofNullable(clients.get(p));
  }

  public Optional<TaskProvider> taskProvider(Provider p) {
    return Optional.ofNullable(providers.get(p));
  }

  public Optional<WebhookReceiver> receiver(Provider p) {
    return Optional.ofNullable(receivers.get(p));
  }

  public Optional<WebhookRegistrar> registrar(Provider p) {
    return Optional.ofNullable(registrars.get(p));
  }

  private static <T> Map<Provider, T> index(Collection<T> items, Function<T, Provider> key) {
    Map<Provider, T> map = new EnumMap<>(Provider.class);
    items.forEach(i -> map.put(key.apply(i), i));
    return map;
  }
}
