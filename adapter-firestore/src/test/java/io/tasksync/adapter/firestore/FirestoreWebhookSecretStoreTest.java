package io.tasksync.adapter.firestore;

import static org.assertj.core.api.Assertions.assertThat;

import io.tasksync.domain.IntegrationId;
import io.tasksync.port.out.StoreUnavailableException;
import io.tasksync.port.out.WebhookKey;
import io.tasksync.port.out.WebhookSecretStore;
import io.tasksync.port.out.WebhookSecretStoreContract;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The contract on the Firestore emulator (racing handshakes through two separate clients, as two
 * app instances), and the documents written before per-webhook secrets.
 */
@ExtendWith(FirestoreEmulatorExtension.class)
class FirestoreWebhookSecretStoreTest extends WebhookSecretStoreContract {

  private static FirestoreStores stores;
  private static FirestoreStores firstRacer;
  private static FirestoreStores secondRacer;

  @BeforeAll
  static void open() {
    FirestoreConfig config = FirestoreEmulator.shared().newProjectConfig();
    stores = FirestoreStores.create(config);
    firstRacer = FirestoreStores.create(config);
    secondRacer = FirestoreStores.create(config);
    warmUp(WebhookKey.of(IntegrationId.random(), "warm-up"));
  }

  /** A fresh emulator project may miss the client's deadline on its first writes under load. */
  private static void warmUp(WebhookKey probe) {
    StoreUnavailableException last = null;
    for (int attempt = 0; attempt < 10; attempt++) {
      try {
        stores.webhookSecretStore().put(probe, "probe");
        stores
            .webhookSecretStore()
            .expect(WebhookKey.of(probe.integrationId(), "a" + attempt), NOW);
        return;
      } catch (StoreUnavailableException e) {
        last = e;
      }
    }
    throw last;
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
  protected WebhookSecretStore createStore() {
    return stores.webhookSecretStore();
  }

  @Override
  protected boolean establishForRace(int racer, WebhookKey key, String secret) {
    FirestoreStores client = racer % 2 == 0 ? firstRacer : secondRacer;
    return client.webhookSecretStore().establish(key, secret, NOW);
  }

  @Test
  void documentOfTheFormerLayout_isTheIntegrationsFormerSecretAndIsDeletedWithIt()
      throws Exception {
    IntegrationId legacy = IntegrationId.random();
    stores
        .firestore()
        .collection(FirestoreWebhookSecretStore.COLLECTION)
        .document(legacy.value())
        .set(Map.of(FirestoreWebhookSecretStore.SECRET, "written-by-the-former-layout"))
        .get();

    String read = store.get(WebhookKey.former(legacy)).orElseThrow();
    store.deleteAll(legacy);

    assertThat(read).isEqualTo("written-by-the-former-layout");
    assertThat(store.get(WebhookKey.former(legacy))).isEmpty();
  }
}
