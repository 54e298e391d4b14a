package io.tasksync.adapter.firestore;

import io.tasksync.domain.RunKind;
import io.tasksync.domain.SyncState;
import io.tasksync.port.out.StoreUnavailableException;
import io.tasksync.port.out.SyncStateStore;
import io.tasksync.port.out.SyncStateStoreContract;
import io.tasksync.port.out.TestTasks;
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
    for (FirestoreStores client : new FirestoreStores[] {stores, firstRacer, secondRacer}) {
      warmUp(client);
    }
  }

  /** A client's first call (channel set-up on a cold emulator) may time out on a loaded machine. */
  private static void warmUp(FirestoreStores client) {
    for (int attempt = 1; ; attempt++) {
      try {
        client.syncStateStore().get(TestTasks.anIntegration());
        return;
      } catch (StoreUnavailableException e) {
        if (attempt == 3) {
          throw e;
        }
      }
    }
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

  @Override
  protected boolean claimForRace(int racer, RunKind kind) {
    FirestoreStores client = racer % 2 == 0 ? firstRacer : secondRacer;
    return client.syncStateStore().claimDueRun(id, kind, NOW, NOW.plusSeconds(300));
  }
}
