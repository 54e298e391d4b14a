package io.tasksync.port.out;

import io.tasksync.domain.ConnectionStatus;
import io.tasksync.domain.EncryptedCredentials;
import io.tasksync.domain.Integration;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.OrganizationId;
import io.tasksync.domain.Provider;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Forwards every call to another store; tests override the calls they watch or break. */
public class ForwardingIntegrationStore implements IntegrationStore {

  private final IntegrationStore delegate;

  public ForwardingIntegrationStore(IntegrationStore delegate) {
    this.delegate = delegate;
  }

  @Override
  public void save(Integration integration) {
    delegate.save(integration);
  }

  @Override
  public Optional<Integration> get(IntegrationId id) {
    return delegate.get(id);
  }

  @Override
  public List<Integration> findByOrganization(OrganizationId organizationId) {
    return delegate.findByOrganization(organizationId);
  }

  @Override
  public List<Integration> findByStatus(ConnectionStatus status) {
    return delegate.findByStatus(status);
  }

  @Override
  public List<Integration> findByWorkspace(Provider provider, String workspaceExternalId) {
    return delegate.findByWorkspace(provider, workspaceExternalId);
  }

  @Override
  public void delete(IntegrationId id) {
    delegate.delete(id);
  }

  @Override
  public boolean replaceCredentials(
      IntegrationId id,
      EncryptedCredentials expected,
      EncryptedCredentials replacement,
      Instant at) {
    return delegate.replaceCredentials(id, expected, replacement, at);
  }

  @Override
  public boolean claimRefresh(
      IntegrationId id, EncryptedCredentials expected, RefreshClaim claim, Instant now) {
    return delegate.claimRefresh(id, expected, claim, now);
  }

  @Override
  public boolean markStatus(
      IntegrationId id, ConnectionStatus expected, ConnectionStatus status, Instant at) {
    return delegate.markStatus(id, expected, status, at);
  }
}
