package io.tasksync.application.memory;

import io.tasksync.port.out.SyncStateStore;
import io.tasksync.port.out.SyncStateStoreContract;

class InMemorySyncStateStoreTest extends SyncStateStoreContract {

  @Override
  protected SyncStateStore createStore() {
    return new InMemorySyncStateStore();
  }
}
