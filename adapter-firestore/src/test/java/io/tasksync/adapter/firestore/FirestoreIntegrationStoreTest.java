package io.tasksync.adapter.firestore;

import io.tasksync.port.out.IntegrationStore;
import io.tasksync.port.out.IntegrationStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FirestoreEmulatorExtension.class)
class FirestoreIntegrationStoreTest extends IntegrationStoreContract {

  private static FirestoreStores stores;
  private static FirestoreStores otherInstance;

  @BeforeAll
  static void open() {
    FirestoreConfig project = FirestoreEmulator.shared().newProjectConfig();
    stores = FirestoreStores.create(project);
    otherInstance = FirestoreStores.create(project);
    ClientWarmUp.warmUp(stores);
    ClientWarmUp.warmUp(otherInstance);
  }

  @AfterAll
  static void close() {
    if (stores != null) {
      stores.close();
    }
    if (otherInstance != null) {
      otherInstance.close();
    }
  }

  @Override
  protected IntegrationStore createStore() {
    return stores.integrationStore();
  }

  @Override
  protected IntegrationStore sameDataElsewhere() {
    return otherInstance.integrationStore();
  }
}
