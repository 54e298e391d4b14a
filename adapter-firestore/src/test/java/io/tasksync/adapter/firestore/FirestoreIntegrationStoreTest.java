package io.tasksync.adapter.firestore;

import io.tasksync.port.out.IntegrationStore;
import io.tasksync.port.out.IntegrationStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FirestoreEmulatorExtension.class)
class FirestoreIntegrationStoreTest extends IntegrationStoreContract {

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
  protected IntegrationStore createStore() {
    return stores.integrationStore();
  }
}
