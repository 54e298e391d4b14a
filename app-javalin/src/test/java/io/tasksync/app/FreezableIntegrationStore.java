package io.tasksync.app;

import io.tasksync.domain.ConnectionStatus;
import io.tasksync.domain.Integration;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.OrganizationId;
import io.tasksync.domain.Provider;
import io.tasksync.port.out.IntegrationStore;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/** An integration store whose reads hang, like a frozen database, until it is thawed. */
final class FreezableIntegrationStore implements IntegrationStore {

  private final IntegrationStore delegate;
  private volatile CountDownLatch frozen = new CountDownLatch(0);

  FreezableIntegrationStore(IntegrationStore delegate) {
    this.delegate = delegate;
  }

  void freeze() {
    frozen = new CountDownLatch(1);
  }

  void thaw() {
    frozen.countDown();
  }

  private void waitWhileFrozen() {
    try {
      frozen.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void save(Integration integration) {
    waitWhileFrozen();
    delegate.save(integration);
  }

  @Override
  public Optional<Integration> get(IntegrationId id) {
    waitWhileFrozen();
    return delegate.get(id);
  }

  @Override
  public List<Integration> findByOrganization(OrganizationId organizationId) {
    waitWhileFrozen();
    return delegate.findByOrganization(organizationId);
  }

  @Override
  public List<Integration> findByStatus(ConnectionStatus status) {
    waitWhileFrozen();
    return delegate.findByStatus(status);
  }

  @Override
  public List<Integration> findByWorkspace(Provider provider, String workspaceExternalId) {
    waitWhileFrozen();
    return delegate.findByWorkspace(provider, workspaceExternalId);
  }

  @Override
  public void delete(IntegrationId id) {
    waitWhileFrozen();
    delegate.delete(id);
  }
}
