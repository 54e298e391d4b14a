package io.tasksync.adapter.firestore;

import io.tasksync.domain.IntegrationId;
import io.tasksync.port.out.IntegrationStore;
import io.tasksync.port.out.IntegrationStoreContract;
import io.tasksync.port.out.StoreUnavailableException;
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
    warmUp(stores);
    warmUp(otherInstance);
  }

  /** A fresh client's first call on a loaded emulator can outlast the request timeout. */
  private static void warmUp(FirestoreStores client) {
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        client.integrationStore().get(IntegrationId.random());
        return;
      } catch (StoreUnavailableException slowStart) {
        // the next attempt finds the channel open
      }
    }
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
