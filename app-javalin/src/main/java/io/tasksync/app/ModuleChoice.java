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
import java.util.ArrayList;
import java.util.List;

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

  private static Module provider(ProviderSettings p) {
    ProviderTuning t = p.tuning();
    switch (p.provider()) {
      case ASANA:
        AsanaConfig asana = AsanaConfig.defaults(p.clientId(), p.clientSecret(), p.redirectUri());
        asana = p.overridesBaseUrls() ? asana.withBaseUrls(p.authBaseUrl(), p.apiBaseUrl()) : asana;
        asana =
            t.requestsPerMinute() == null
                ? asana
                : asana.withRequestsPerMinute(t.requestsPerMinute());
        asana =
            t.maxConcurrentRequests() == null
                ? asana
                : asana.withMaxConcurrentRequests(t.maxConcurrentRequests());
        asana =
            t.includeArchived() == null
                ? asana
                : asana.withIncludeArchivedProjects(t.includeArchived());
        return new AsanaModule(asana);
      case CLICKUP:
        ClickUpConfig clickUp =
            ClickUpConfig.defaults(p.clientId(), p.clientSecret(), p.redirectUri());
        clickUp =
            p.overridesBaseUrls() ? clickUp.withBaseUrls(p.authBaseUrl(), p.apiBaseUrl()) : clickUp;
        clickUp =
            t.requestsPerMinute() == null
                ? clickUp
                : clickUp.withRequestsPerMinute(
                    t.requestsPerMinute(), clickUp.http().maxRateLimitWait());
        clickUp =
            t.includeArchived() == null
                ? clickUp
                : clickUp.withIncludeArchived(t.includeArchived());
        clickUp =
            t.timeTracking() == null
                ? clickUp
                : clickUp.withTimeTracking(
                    t.timeTracking(),
                    clickUp.timeTracking().since(),
                    clickUp.timeTracking().window());
        clickUp =
            t.readAheadPages() == null
                ? clickUp
                : clickUp.withPipelining(clickUp.budget().rateLimitReserve(), t.readAheadPages());
        return new ClickUpModule(clickUp);
      default:
        LinearConfig linear =
            LinearConfig.defaults(p.clientId(), p.clientSecret(), p.redirectUri())
                .withWebhookSigningSecret(p.webhookSecret());
        linear =
            p.overridesBaseUrls() ? linear.withBaseUrls(p.authBaseUrl(), p.apiBaseUrl()) : linear;
        linear = t.pageSize() == null ? linear : linear.withPageSize(t.pageSize());
        linear =
            t.includeArchived() == null ? linear : linear.withIncludeArchived(t.includeArchived());
        return new LinearModule(linear);
    }
  }
}
