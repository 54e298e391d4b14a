package io.tasksync.adapter.firestore;

import io.tasksync.port.out.SessionStore;
import io.tasksync.port.out.SessionStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/** The contract on the Firestore emulator, the other instance being a second client. */
@ExtendWith(FirestoreEmulatorExtension.class)
class FirestoreSessionStoreTest extends SessionStoreContract {

  private static FirestoreStores stores;
  private static FirestoreStores other;

  @BeforeAll
  static void open() {
    FirestoreConfig config = FirestoreEmulator.shared().newProjectConfig();
    stores = FirestoreStores.create(config);
    other = FirestoreStores.create(config);
    WarmUp.firstWrites(stores);
  }

  @AfterAll
  static void close() {
    for (FirestoreStores s : new FirestoreStores[] {stores, other}) {
      if (s != null) {
        s.close();
      }
    }
  }

  @Override
  protected SessionStore createStore() {
    return stores.sessionStore();
  }

  @Override
  protected SessionStore otherInstance() {
    return other.sessionStore();
  }
}
