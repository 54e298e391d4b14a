package io.tasksync.adapter.firestore;

import io.tasksync.port.out.PendingAuthorization;
import io.tasksync.port.out.PendingAuthorizationStore;
import io.tasksync.port.out.PendingAuthorizationStoreContract;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/** The contract on the Firestore emulator, racing takes through two clients (two instances). */
@ExtendWith(FirestoreEmulatorExtension.class)
class FirestorePendingAuthorizationStoreTest extends PendingAuthorizationStoreContract {

  private static FirestoreStores stores;
  private static FirestoreStores firstRacer;
  private static FirestoreStores secondRacer;

  @BeforeAll
  static void open() {
    FirestoreConfig config = FirestoreEmulator.shared().newProjectConfig();
    stores = FirestoreStores.create(config);
    firstRacer = FirestoreStores.create(config);
    secondRacer = FirestoreStores.create(config);
    WarmUp.firstWrites(stores);
  }

  @AfterAll
  static void close() {
    for (FirestoreStores s : new FirestoreStores[] {stores, firstRacer, secondRacer}) {
      if (s != null) {
        s.close();
      }
    }
  }

  @Override
  protected PendingAuthorizationStore createStore() {
    return stores.pendingAuthorizationStore();
  }

  @Override
  protected Optional<PendingAuthorization> takeForRace(int racer, String nonce) {
    FirestoreStores client = racer % 2 == 0 ? firstRacer : secondRacer;
    return client.pendingAuthorizationStore().take(nonce, NOW);
  }
}
