package io.tasksync.adapter.firestore;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import io.tasksync.port.out.IntegrationStore;
import io.tasksync.port.out.ProviderStateStore;
import io.tasksync.port.out.SyncStateStore;
import io.tasksync.port.out.TaskStore;
import io.tasksync.port.out.WebhookSecretStore;
import org.junit.jupiter.api.Test;

class FirestoreModuleTest {

  @Test
  void module_bindsEveryStoreOfOneClient() {
    Injector injector =
        Guice.createInjector(
            new FirestoreModule(FirestoreConfig.emulator("module-test", "127.0.0.1:1")));
    FirestoreStores stores = injector.getInstance(FirestoreStores.class);

    try (stores) {
      assertThat(injector.getInstance(TaskStore.class)).isSameAs(stores.taskStore());
      assertThat(injector.getInstance(SyncStateStore.class)).isSameAs(stores.syncStateStore());
      assertThat(injector.getInstance(IntegrationStore.class)).isSameAs(stores.integrationStore());
      assertThat(injector.getInstance(WebhookSecretStore.class))
          .isSameAs(stores.webhookSecretStore());
      assertThat(injector.getInstance(ProviderStateStore.class))
          .isSameAs(stores.providerStateStore());
    }
  }
}
