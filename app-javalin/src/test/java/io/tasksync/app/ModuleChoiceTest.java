package io.tasksync.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.Module;
import io.tasksync.adapter.asana.AsanaModule;
import io.tasksync.adapter.clickup.ClickUpModule;
import io.tasksync.adapter.linear.LinearModule;
import io.tasksync.app.config.ProviderSettings;
import io.tasksync.domain.Provider;
import java.net.URI;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ModuleChoiceTest {

  private static ProviderSettings settings(Provider provider) {
    return new ProviderSettings(
        provider,
        "client",
        "secret",
        URI.create("https://app.test/oauth/" + provider.id() + "/callback"),
        null,
        null,
        "webhook-secret",
        false);
  }

  @Test
  void eachProvider_getsItsOwnModule() {
    assertThat(ModuleChoice.provider(settings(Provider.ASANA))).isInstanceOf(AsanaModule.class);
    assertThat(ModuleChoice.provider(settings(Provider.CLICKUP))).isInstanceOf(ClickUpModule.class);
    assertThat(ModuleChoice.provider(settings(Provider.LINEAR))).isInstanceOf(LinearModule.class);
  }

  @Test
  void providerWithNoModule_failsNamingIt_insteadOfFallingToAnother() {
    Map<Provider, Function<ProviderSettings, Module>> onlyLinear =
        Map.of(Provider.LINEAR, p -> ModuleChoice.provider(p));

    assertThatThrownBy(() -> ModuleChoice.provider(settings(Provider.CLICKUP), onlyLinear))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no provider module is wired for ClickUp");
  }
}
