package io.tasksync.adapter.firestore;

import static org.assertj.core.api.Assertions.assertThat;

import io.tasksync.domain.IntegrationId;
import io.tasksync.port.out.WebhookKey;
import io.tasksync.port.out.WebhookSecretStore;
import io.tasksync.port.out.WebhookSecretStoreContract;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The contract on the Firestore emulator, and the documents written before per-webhook secrets. */
@ExtendWith(FirestoreEmulatorExtension.class)
class FirestoreWebhookSecretStoreTest extends WebhookSecretStoreContract {

  private static FirestoreStores stores;

  @BeforeAll
  static void open() {
    stores = FirestoreStores.create(FirestoreEmulator.shared().newProjectConfig());
  }

  @AfterAll
  static void close() {
    if (stores != null) {
      stores.close();
    }
  }

  @Override
  protected WebhookSecretStore createStore() {
    return stores.webhookSecretStore();
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
