package io.tasksync.application.memory;

import io.tasksync.port.out.RunHistoryStore;
import io.tasksync.port.out.RunHistoryStoreContract;

class InMemoryRunHistoryStoreTest extends RunHistoryStoreContract {

  @Override
  protected RunHistoryStore createStore() {
    return new InMemoryRunHistoryStore(CAPACITY);
  }
}
