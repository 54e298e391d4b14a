package io.tasksync.application.memory;

import io.tasksync.domain.IntegrationId;
import io.tasksync.port.out.ProviderStateStore;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The reference {@link ProviderStateStore}: thread-safe, in memory. */
public final class InMemoryProviderStateStore implements ProviderStateStore {

  private final Map<IntegrationId, Map<String, String>> values = new ConcurrentHashMap<>();

  @Override
  public Optional<String> get(IntegrationId integrationId, String key) {
    Map<String, String> ofIntegration = values.get(integrationId);
    return Optional.ofNullable(ofIntegration == null ? null : ofIntegration.get(key));
  }

  @Override
  public void put(IntegrationId integrationId, String key, String value) {
    ProviderStateStore.check(key, value);
    values.computeIfAbsent(integrationId, k -> new ConcurrentHashMap<>()).put(key, value);
  }

  @Override
  public void deleteAll(IntegrationId integrationId) {
    values.remove(integrationId);
  }
}
