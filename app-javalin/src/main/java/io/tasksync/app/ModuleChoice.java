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
    switch (p.provider()) {
      case ASANA:
        AsanaConfig asana = AsanaConfig.defaults(p.clientId(), p.clientSecret(), p.redirectUri());
        return new AsanaModule(
            p.overridesBaseUrls() ? asana.withBaseUrls(p.authBaseUrl(), p.apiBaseUrl()) : asana);
      case CLICKUP:
        ClickUpConfig clickUp =
            ClickUpConfig.defaults(p.clientId(), p.clientSecret(), p.redirectUri());
        return new ClickUpModule(
            p.overridesBaseUrls()
                ? clickUp.withBaseUrls(p.authBaseUrl(), p.apiBaseUrl())
                : clickUp);
      default:
        LinearConfig linear =
            LinearConfig.defaults(p.clientId(), p.clientSecret(), p.redirectUri())
                .withWebhookSigningSecret(p.webhookSecret());
        return new LinearModule(
            p.overridesBaseUrls() ? linear.withBaseUrls(p.authBaseUrl(), p.apiBaseUrl()) : linear);
    }
  }
}
