package io.tasksync.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Module;
import com.google.inject.Stage;
import com.google.inject.TypeLiteral;
import io.tasksync.adapter.firestore.FirestoreConfig;
import io.tasksync.app.config.AppConfig;
import io.tasksync.app.config.EnvConfig;
import io.tasksync.app.security.SealedWebhookSecretStore;
import io.tasksync.app.security.TinkTokenCipher;
import io.tasksync.app.sync.ProviderRequestCounts;
import io.tasksync.app.web.Routes;
import io.tasksync.app.wiring.FirestoreStoreModule;
import io.tasksync.app.wiring.StoredSecrets;
import io.tasksync.application.ProviderConnectors;
import io.tasksync.domain.Provider;
import io.tasksync.port.in.SyncTasksUseCase;
import io.tasksync.port.out.ProviderCallObserver;
import io.tasksync.port.out.ProviderStateStore;
import io.tasksync.port.out.WebhookSecretStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WiringTest {

  @Test
  void productionInjector_buildsWithEveryModule() {
    AppConfig config =
        EnvConfig.parse(
            Map.of(
                "TASKSYNC_API_KEYS", "acme:acme-key-0123456789abcdef",
                "TASKSYNC_TINK_KEYSET", TinkTokenCipher.generateJsonKeyset(),
                "TASKSYNC_ASANA_CLIENT_ID", "asana-id",
                "TASKSYNC_ASANA_CLIENT_SECRET", "asana-secret",
                "TASKSYNC_CLICKUP_CLIENT_ID", "clickup-id",
                "TASKSYNC_CLICKUP_CLIENT_SECRET", "clickup-secret",
                "TASKSYNC_LINEAR_CLIENT_ID", "linear-id",
                "TASKSYNC_LINEAR_CLIENT_SECRET", "linear-secret"));
    List<Module> modules = new ArrayList<>(Application.coreModules(config));
    modules.addAll(Main.modulesFor(config));

    Injector injector = Guice.createInjector(Stage.PRODUCTION, modules);

    assertThat(injector.getInstance(Routes.class)).isNotNull();
    assertThat(injector.getInstance(SyncTasksUseCase.class)).isNotNull();
    assertThat(injector.getInstance(ProviderConnectors.class).connectable())
        .containsExactlyInAnyOrder(Provider.ASANA, Provider.CLICKUP, Provider.LINEAR);
    assertThat(injector.getInstance(ProviderConnectors.class).registrar(Provider.ASANA))
        .isPresent();
    assertThat(injector.getInstance(Key.get(new TypeLiteral<Optional<ProviderCallObserver>>() {})))
        .containsInstanceOf(ProviderRequestCounts.class);
    assertThat(injector.getInstance(WebhookSecretStore.class))
        .isInstanceOf(SealedWebhookSecretStore.class);
    assertThat(injector.getInstance(Key.get(new TypeLiteral<Optional<ProviderStateStore>>() {})))
        .containsSame(injector.getInstance(ProviderStateStore.class));
  }

  @Test
  void firestoreInjector_exposesOnlyTheSealedWebhookSecretStore() {
    AppConfig config = TestApp.config();
    List<Module> modules = new ArrayList<>(Application.coreModules(config));
    modules.add(new FirestoreStoreModule(FirestoreConfig.production("wiring-test")));

    Injector injector = Guice.createInjector(Stage.TOOL, modules);

    assertThat(injector.getBinding(Key.get(WebhookSecretStore.class, StoredSecrets.class)))
        .isNotNull();
    assertThat(injector.getBinding(WebhookSecretStore.class).getProvider().toString())
        .contains("SecurityModule");
    assertThat(injector.getBinding(ProviderStateStore.class).getProvider().toString())
        .contains("FirestoreModule");
  }
}
