package io.tasksync.application.memory;

import io.tasksync.domain.ConnectionStatus;
import io.tasksync.domain.EncryptedCredentials;
import io.tasksync.domain.Integration;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.OrganizationId;
import io.tasksync.domain.Provider;
import io.tasksync.port.out.IntegrationStore;
import io.tasksync.port.out.RefreshClaim;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The reference {@link IntegrationStore}: thread-safe, in memory. Writes are serialized on the
 * store, so the credential methods' checks and writes are one atomic step.
 */
public final class InMemoryIntegrationStore implements IntegrationStore {

  private final Map<IntegrationId, Integration> integrations = new ConcurrentHashMap<>();
  private final Map<IntegrationId, RefreshClaim> claims = new ConcurrentHashMap<>();

  @Override
  public synchronized void save(Integration integration) {
    integrations.put(integration.id(), integration);
    claims.remove(integration.id());
  }

  @Override
  public synchronized boolean replaceCredentials(
      IntegrationId id,
      EncryptedCredentials expected,
      EncryptedCredentials replacement,
      Instant at) {
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(replacement, "replacement");
    Integration current = integrations.get(id);
    if (current == null || !expected.equals(current.credentials())) {
      return false;
    }
    integrations.put(id, current.withCredentials(replacement, at));
    claims.remove(id);
    return true;
  }

  @Override
  public synchronized boolean claimRefresh(
      IntegrationId id, EncryptedCredentials expected, RefreshClaim claim, Instant now) {
    Objects.requireNonNull(expected, "expected");
    Integration current = integrations.get(id);
    if (current == null || !expected.equals(current.credentials())) {
      return false;
    }
    RefreshClaim held = claims.get(id);
    if (held != null && held.holdsAt(now) && !held.owner().equals(claim.owner())) {
      return false;
    }
    claims.put(id, claim);
    return true;
  }

  @Override
  public synchronized boolean markStatus(
      IntegrationId id, ConnectionStatus expected, ConnectionStatus status, Instant at) {
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(status, "status");
    Integration current = integrations.get(id);
    if (current == null || current.status() != expected) {
      return false;
    }
    integrations.put(id, current.withStatus(status, at));
    return true;
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
  public synchronized void delete(IntegrationId id) {
    integrations.remove(id);
    claims.remove(id);
  }

  private List<Integration> find(Predicate<Integration> filter) {
    return integrations.values().stream()
        .filter(filter)
        .sorted(Comparator.comparing(Integration::createdAt).thenComparing(i -> i.id().value()))
        .toList();
  }
}
