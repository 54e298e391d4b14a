package io.tasksync.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.Stage;
import io.tasksync.app.config.AppConfig;
import io.tasksync.app.config.EnvConfig;
import io.tasksync.app.connect.ProviderRegistry;
import io.tasksync.app.security.TinkTokenCipher;
import io.tasksync.app.web.Routes;
import io.tasksync.domain.Provider;
import io.tasksync.port.in.SyncTasksUseCase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    assertThat(injector.getInstance(ProviderRegistry.class).connectable())
        .containsExactlyInAnyOrder(Provider.ASANA, Provider.CLICKUP, Provider.LINEAR);
    assertThat(injector.getInstance(ProviderRegistry.class).registrar(Provider.ASANA)).isPresent();
  }
}
