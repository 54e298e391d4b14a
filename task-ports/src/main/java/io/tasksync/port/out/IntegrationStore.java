package io.tasksync.port.out;

import io.tasksync.domain.ConnectionStatus;
import io.tasksync.domain.Integration;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.OrganizationId;
import io.tasksync.domain.Provider;
import java.util.List;
import java.util.Optional;

/** Keeps integrations with their sealed credentials. */
public interface IntegrationStore {

  /**
   * Inserts or replaces by id.
   *
   * @throws StoreUnavailableException when the store cannot be written
   */
  void save(Integration integration);

  Optional<Integration> get(IntegrationId id);

  /** An organization's integrations, oldest first. */
  List<Integration> findByOrganization(OrganizationId organizationId);

  /** Every integration in the given status, oldest first (the scheduler's work list). */
  List<Integration> findByStatus(ConnectionStatus status);

  /** Integrations of a provider that cover the given workspace (webhook routing). */
  List<Integration> findByWorkspace(Provider provider, String workspaceExternalId);

  void delete(IntegrationId id);
}
