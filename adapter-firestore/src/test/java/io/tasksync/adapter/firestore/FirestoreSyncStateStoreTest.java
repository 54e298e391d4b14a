package io.tasksync.adapter.firestore;

import io.tasksync.domain.SyncState;
import io.tasksync.port.out.SyncStateStore;
import io.tasksync.port.out.SyncStateStoreContract;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/** The contract on Firestore; the lease race runs through two separate Firestore clients. */
@ExtendWith(FirestoreEmulatorExtension.class)
class FirestoreSyncStateStoreTest extends SyncStateStoreContract {

  private static FirestoreStores stores;
  private static FirestoreStores firstRacer;
  private static FirestoreStores secondRacer;

  @BeforeAll
  static void open() {
    FirestoreConfig config = FirestoreEmulator.shared().newProjectConfig();
    stores = FirestoreStores.create(config);
    firstRacer = FirestoreStores.create(config);
    secondRacer = FirestoreStores.create(config);
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
  protected SyncStateStore createStore() {
    return stores.syncStateStore();
  }

  @Override
  protected Optional<SyncState> acquireForRace(String owner) {
    FirestoreStores client = owner.hashCode() % 2 == 0 ? firstRacer : secondRacer;
    return client.syncStateStore().acquireLease(id, owner, NOW, TTL);
  }
}
