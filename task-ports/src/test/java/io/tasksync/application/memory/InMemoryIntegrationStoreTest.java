package io.tasksync.application.memory;

import io.tasksync.port.out.IntegrationStore;
import io.tasksync.port.out.IntegrationStoreContract;

class InMemoryIntegrationStoreTest extends IntegrationStoreContract {

  @Override
  protected IntegrationStore createStore() {
    return new InMemoryIntegrationStore();
  }
}
