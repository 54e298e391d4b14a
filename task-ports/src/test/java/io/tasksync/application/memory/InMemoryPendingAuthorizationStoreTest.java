package io.tasksync.application.memory;

import io.tasksync.port.out.PendingAuthorizationStore;
import io.tasksync.port.out.PendingAuthorizationStoreContract;

class InMemoryPendingAuthorizationStoreTest extends PendingAuthorizationStoreContract {

  @Override
  protected PendingAuthorizationStore createStore() {
    return new InMemoryPendingAuthorizationStore();
  }
}
