package io.tasksync.adapter.firestore;

import static org.assertj.core.api.Assertions.assertThat;

import io.tasksync.domain.IntegrationId;
import io.tasksync.port.out.WebhookSecretStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FirestoreEmulatorExtension.class)
class FirestoreWebhookSecretStoreTest {

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

  @Test
  void putGetDelete_keepsOneSecretPerIntegration() {
    WebhookSecretStore secrets = stores.webhookSecretStore();
    IntegrationId id = IntegrationId.random();
    IntegrationId other = IntegrationId.random();

    secrets.put(id, "first");
    secrets.put(id, "second");
    secrets.put(other, "theirs");
    String stored = secrets.get(id).orElseThrow();
    secrets.delete(id);

    assertThat(stored).isEqualTo("second");
    assertThat(secrets.get(id)).isEmpty();
    assertThat(secrets.get(other)).contains("theirs");
  }
}
