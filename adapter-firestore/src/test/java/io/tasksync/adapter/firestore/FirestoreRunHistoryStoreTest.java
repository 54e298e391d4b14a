package io.tasksync.adapter.firestore;

import io.tasksync.port.out.RunHistoryStore;
import io.tasksync.port.out.RunHistoryStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/** The contract on the Firestore emulator. */
@ExtendWith(FirestoreEmulatorExtension.class)
class FirestoreRunHistoryStoreTest extends RunHistoryStoreContract {

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
  protected RunHistoryStore createStore() {
    return stores.runHistoryStore(CAPACITY);
  }
}
