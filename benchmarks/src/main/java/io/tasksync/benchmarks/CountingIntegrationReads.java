package io.tasksync.benchmarks;

import io.tasksync.domain.ConnectionStatus;
import io.tasksync.domain.EncryptedCredentials;
import io.tasksync.domain.Integration;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.OrganizationId;
import io.tasksync.domain.Provider;
import io.tasksync.port.out.IntegrationStore;
import io.tasksync.port.out.RefreshClaim;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** An integration store that counts reads of integration documents (gets and transactions). */
final class CountingIntegrationReads implements IntegrationStore {

  private final IntegrationStore delegate;
  private final AtomicLong reads = new AtomicLong();

  CountingIntegrationReads(IntegrationStore delegate) {
    this.delegate = delegate;
  }

  long reads() {
    return reads.get();
  }

  void reset() {
    reads.set(0);
  }

  @Override
  public Optional<Integration> get(IntegrationId id) {
    reads.incrementAndGet();
    return delegate.get(id);
  }

  @Override
  public boolean replaceCredentials(
      IntegrationId id,
      EncryptedCredentials expected,
      EncryptedCredentials replacement,
      Instant at) {
    reads.incrementAndGet();
    return delegate.replaceCredentials(id, expected, replacement, at);
  }

  @Override
  public boolean claimRefresh(
      IntegrationId id, EncryptedCredentials expected, RefreshClaim claim, Instant now) {
    reads.incrementAndGet();
    return delegate.claimRefresh(id, expected, claim, now);
  }

  @Override
  public void save(Integration integration) {
    delegate.save(integration);
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
  public boolean markStatus(
      IntegrationId id, ConnectionStatus expected, ConnectionStatus status, Instant at) {
    return delegate.markStatus(id, expected, status, at);
  }
}
