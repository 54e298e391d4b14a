package io.tasksync.adapter.firestore;

import io.tasksync.port.out.TaskStore;
import io.tasksync.port.out.TaskStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FirestoreEmulatorExtension.class)
class FirestoreTaskStoreTest extends TaskStoreContract {

  private static FirestoreStores stores;

  @BeforeAll
  static void open() {
    stores = FirestoreStores.create(FirestoreEmulator.shared().newProjectConfig());
  }

  @AfterAll
  static void close() {
    if (stores != null) {
      stores.close();
    }
  }

  @Override
  protected TaskStore createStore() {
    return stores.taskStore();
  }
}
