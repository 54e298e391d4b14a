package io.tasksync.application.memory;

import io.tasksync.port.out.TaskStore;
import io.tasksync.port.out.TaskStoreContract;

class InMemoryTaskStoreTest extends TaskStoreContract {

  @Override
  protected TaskStore createStore() {
    return new InMemoryTaskStore();
  }
}
