package io.tasksync.adapter.firestore;

import io.tasksync.port.out.WebhookDelivery;
import io.tasksync.port.out.WebhookDeliveryLog;
import io.tasksync.port.out.WebhookDeliveryLogContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/** The contract on the Firestore emulator, racing records through two clients (two instances). */
@ExtendWith(FirestoreEmulatorExtension.class)
class FirestoreWebhookDeliveryLogTest extends WebhookDeliveryLogContract {

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
  protected WebhookDeliveryLog createLog() {
    return stores.webhookDeliveryLog();
  }

  @Override
  protected boolean recordForRace(int racer, WebhookDelivery delivery) {
    FirestoreStores client = racer % 2 == 0 ? firstRacer : secondRacer;
    return client.webhookDeliveryLog().record(delivery);
  }
}
