package io.tasksync.app;

import com.google.inject.Module;
import io.tasksync.adapter.asana.AsanaConfig;
import io.tasksync.adapter.asana.AsanaModule;
import io.tasksync.adapter.clickup.ClickUpConfig;
import io.tasksync.adapter.clickup.ClickUpModule;
import io.tasksync.adapter.firestore.FirestoreConfig;
import io.tasksync.adapter.linear.LinearConfig;
import io.tasksync.adapter.linear.LinearModule;
import io.tasksync.app.config.AppConfig;
import io.tasksync.app.config.FirestoreSettings;
import io.tasksync.app.config.ProviderSettings;
import io.tasksync.app.config.ProviderTuning;
import io.tasksync.app.wiring.FirestoreStoreModule;
import io.tasksync.app.wiring.InMemoryStoreModule;
import io.tasksync.domain.Provider;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Chooses the store module and one module per configured provider (the decisions of Main). */
final class ModuleChoice {

  private ModuleChoice() {}

  static List<Module> storeAndProviders(AppConfig config) {
    List<Module> modules = new ArrayList<>();
    modules.add(
        config
            .firestoreSettings()
            .map(ModuleChoice::firestore)
            .orElseGet(InMemoryStoreModule::new));
    for (ProviderSettings p : config.providers()) {
      modules.add(provider(p));
    }
    return modules;
  }

  private static Module firestore(FirestoreSettings s) {
    FirestoreConfig config =
        FirestoreConfig.production(s.projectId())
            .withDatabaseId(s.databaseId())
            .withEmulatorHost(s.emulatorHost());
    return new FirestoreStoreModule(config);
  }

  /** The module of each provider this app knows how to wire; no provider falls to another's. */
  private static final Map<Provider, Function<ProviderSettings, Module>> PROVIDER_MODULES =
      new EnumMap<>(
          Map.of(
              Provider.ASANA, ModuleChoice::asana,
              Provider.CLICKUP, ModuleChoice::clickUp,
              Provider.LINEAR, ModuleChoice::linear));

  static Module provider(ProviderSettings p) {
    return provider(p, PROVIDER_MODULES);
  }

  /**
   * @throws IllegalArgumentException naming the provider when {@code modules} has none for it
   */
  static Module provider(
      ProviderSettings p, Map<Provider, Function<ProviderSettings, Module>> modules) {
    Function<ProviderSettings, Module> module = modules.get(p.provider());
    if (module == null) {
      throw new IllegalArgumentException(
          "no provider module is wired for "
              + p.provider().displayName()
              + "; this app wires "
              + modules.keySet());
    }
    return module.apply(p);
  }

  private static Module asana(ProviderSettings p) {
    ProviderTuning t = p.tuning();
    AsanaConfig asana = AsanaConfig.defaults(p.clientId(), p.clientSecret(), p.redirectUri());
    asana = p.overridesBaseUrls() ? asana.withBaseUrls(p.authBaseUrl(), p.apiBaseUrl()) : asana;
    asana =
        t.requestsPerMinute() == null ? asana : asana.withRequestsPerMinute(t.requestsPerMinute());
    asana =
        t.maxConcurrentRequests() == null
            ? asana
            : asana.withMaxConcurrentRequests(t.maxConcurrentRequests());
    asana =
        t.includeArchived() == null
            ? asana
            : asana.withIncludeArchivedProjects(t.includeArchived());
    return new AsanaModule(asana);
  }

  private static Module clickUp(ProviderSettings p) {
    ProviderTuning t = p.tuning();
    ClickUpConfig clickUp = ClickUpConfig.defaults(p.clientId(), p.clientSecret(), p.redirectUri());
    clickUp =
        p.overridesBaseUrls() ? clickUp.withBaseUrls(p.authBaseUrl(), p.apiBaseUrl()) : clickUp;
    clickUp =
        t.requestsPerMinute() == null
            ? clickUp
            : clickUp.withRequestsPerMinute(
                t.requestsPerMinute(), clickUp.http().maxRateLimitWait());
    clickUp =
        t.includeArchived() == null ? clickUp : clickUp.withIncludeArchived(t.includeArchived());
    clickUp =
        t.timeTracking() == null
            ? clickUp
            : clickUp.withTimeTracking(
                t.timeTracking(), clickUp.timeTracking().since(), clickUp.timeTracking().window());
    clickUp =
        t.readAheadPages() == null
            ? clickUp
            : clickUp.withPipelining(clickUp.budget().rateLimitReserve(), t.readAheadPages());
    return new ClickUpModule(clickUp);
  }

  private static Module linear(ProviderSettings p) {
    ProviderTuning t = p.tuning();
    LinearConfig linear =
        LinearConfig.defaults(p.clientId(), p.clientSecret(), p.redirectUri())
            .withWebhookSigningSecret(p.webhookSecret());
    linear = p.overridesBaseUrls() ? linear.withBaseUrls(p.authBaseUrl(), p.apiBaseUrl()) : linear;
    linear = t.pageSize() == null ? linear : linear.withPageSize(t.pageSize());
    linear = t.includeArchived() == null ? linear : linear.withIncludeArchived(t.includeArchived());
    return new LinearModule(linear);
  }
}
