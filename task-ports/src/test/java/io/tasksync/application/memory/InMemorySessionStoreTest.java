package io.tasksync.application.memory;

import io.tasksync.port.out.SessionStore;
import io.tasksync.port.out.SessionStoreContract;

class InMemorySessionStoreTest extends SessionStoreContract {

  @Override
  protected SessionStore createStore() {
    return new InMemorySessionStore();
  }
}
