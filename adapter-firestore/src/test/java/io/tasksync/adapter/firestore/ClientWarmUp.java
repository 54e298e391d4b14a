package io.tasksync.adapter.firestore;

import io.tasksync.domain.IntegrationId;
import io.tasksync.port.out.StoreUnavailableException;

/** Opens a fresh client's channel: its first call on a loaded emulator can outlast a timeout. */
final class ClientWarmUp {

  private ClientWarmUp() {}

  static void warmUp(FirestoreStores client) {
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        client.integrationStore().get(IntegrationId.random());
        return;
      } catch (StoreUnavailableException slowStart) {
        // the next attempt finds the channel open
      }
    }
  }
}
