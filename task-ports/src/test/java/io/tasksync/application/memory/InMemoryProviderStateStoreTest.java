package io.tasksync.application.memory;

import io.tasksync.port.out.ProviderStateStore;
import io.tasksync.port.out.ProviderStateStoreContract;

class InMemoryProviderStateStoreTest extends ProviderStateStoreContract {

  @Override
  protected ProviderStateStore createStore() {
    return new InMemoryProviderStateStore();
  }
}
