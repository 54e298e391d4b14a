package io.tasksync.app.demo;

import io.tasksync.app.config.AppConfig;
import io.tasksync.app.config.ProviderSettings;
import java.util.ArrayList;
import java.util.List;

/** Starts the provider stand-ins that exist and describes them as configured providers. */
final class SandboxProviders {

  static final String CLIENT_ID = "sandbox-client";
  static final String CLIENT_SECRET = "sandbox-secret";

  private SandboxProviders() {}

  static List<ProviderSettings> start(AppConfig config, List<AutoCloseable> started) {
    List<ProviderSettings> providers = new ArrayList<>(config.providers());
    // Each provider's stand-in joins here as it lands.
    return providers;
  }
}
