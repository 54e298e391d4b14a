package io.tasksync.application.memory;

import io.tasksync.domain.ConnectionStatus;
import io.tasksync.domain.Integration;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.OrganizationId;
import io.tasksync.domain.Provider;
import io.tasksync.port.out.IntegrationStore;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/** The reference {@link IntegrationStore}: thread-safe, in memory. */
public final class InMemoryIntegrationStore implements IntegrationStore {

  private final Map<IntegrationId, Integration> integrations = new ConcurrentHashMap<>();

  @Override
  public void save(Integration integration) {
    integrations.put(integration.id(), integration);
  }

  @Override
  public Optional<Integration> get(IntegrationId id) {
    return Optional.ofNullable(integrations.get(id));
  }

  @Override
  public List<Integration> findByOrganization(OrganizationId organizationId) {
    return find(i -> i.organizationId().equals(organizationId));
  }

  @Override
  public List<Integration> findByStatus(ConnectionStatus status) {
    return find(i -> i.status() == status);
  }

  @Override
  public List<Integration> findByWorkspace(Provider provider, String workspaceExternalId) {
    return find(
        i ->
            i.provider() == provider
                && i.workspaces().stream()
                    .anyMatch(w -> w.externalId().equals(workspaceExternalId)));
  }

  @Override
  public void delete(IntegrationId id) {
    integrations.remove(id);
  }

  private List<Integration> find(Predicate<Integration> filter) {
    return integrations.values().stream()
        .filter(filter)
        .sorted(Comparator.comparing(Integration::createdAt).thenComparing(i -> i.id().value()))
        .toList();
  }
}
