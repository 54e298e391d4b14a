package io.tasksync.adapter.firestore;

import io.tasksync.domain.OrganizationId;
import io.tasksync.port.out.StoreUnavailableException;
import java.time.Instant;
import java.util.UUID;

/** A fresh emulator project may miss the client's deadline on its first writes under load. */
final class WarmUp {

  private WarmUp() {}

  static void firstWrites(FirestoreStores stores) {
    StoreUnavailableException last = null;
    for (int attempt = 0; attempt < 10; attempt++) {
      try {
        stores
            .sessionStore()
            .open("warm-up-" + UUID.randomUUID(), OrganizationId.of("warm-up"), Instant.EPOCH);
        return;
      } catch (StoreUnavailableException e) {
        last = e;
      }
    }
    throw last;
  }
}
