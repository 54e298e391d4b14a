package io.tasksync.app.demo;

import io.tasksync.app.config.AppConfig;
import io.tasksync.app.config.ProviderSettings;
import io.tasksync.domain.Provider;
import io.tasksync.sandbox.DemoActivity;
import io.tasksync.sandbox.asana.AsanaStandIn;
import io.tasksync.sandbox.asana.AsanaStandInConfig;
import io.tasksync.sandbox.clickup.ClickUpStandIn;
import io.tasksync.sandbox.clickup.ClickUpStandInConfig;
import io.tasksync.sandbox.linear.LinearStandIn;
import io.tasksync.sandbox.linear.LinearStandInConfig;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts the provider stand-ins in this process, each on a free loopback port, and describes them
 * as configured providers: client {@value #CLIENT_ID}, the stand-in as both auth and API host. Adds
 * a {@link DemoActivity} over the started stand-ins, stopped until the page starts it.
 */
public final class SandboxProviders {

  public static final String CLIENT_ID = "sandbox-client";
  public static final String CLIENT_SECRET = "sandbox-secret";

  private SandboxProviders() {}

  /** Starts a stand-in for every provider not already configured; adds each to {@code started}. */
  public static List<ProviderSettings> start(AppConfig config, List<AutoCloseable> started) {
    List<ProviderSettings> providers = new ArrayList<>(config.providers());
    List<DemoActivity.Workspace> workspaces = new ArrayList<>();
    if (config.provider(Provider.ASANA).isEmpty()) {
      AsanaStandIn asana = AsanaStandIn.start(AsanaStandInConfig.defaults());
      started.add(asana);
      workspaces.add(DemoWorkspaces.asana(asana));
      providers.add(settings(config, Provider.ASANA, asana.baseUrl(), asana.apiBaseUrl(), null));
    }
    if (config.provider(Provider.CLICKUP).isEmpty()) {
      ClickUpStandIn clickUp = ClickUpStandIn.start(ClickUpStandInConfig.defaults());
      started.add(clickUp);
      workspaces.add(DemoWorkspaces.clickUp(clickUp));
      providers.add(settings(config, Provider.CLICKUP, clickUp.baseUrl(), clickUp.baseUrl(), null));
    }
    if (config.provider(Provider.LINEAR).isEmpty()) {
      LinearStandInConfig linearConfig = LinearStandInConfig.defaults();
      LinearStandIn linear =
          LinearStandIn.start(
              linearConfig.withWebhook(
                  config.publicBaseUrl().resolve("/webhooks/linear"),
                  linearConfig.webhookSecret()));
      started.add(linear);
      workspaces.add(DemoWorkspaces.linear(linear));
      providers.add(
          settings(
              config,
              Provider.LINEAR,
              linear.baseUrl(),
              linear.baseUrl(),
              linearConfig.webhookSecret()));
    }
    if (!workspaces.isEmpty()) {
      started.add(
          new DemoActivity(
              workspaces, DemoWorkspaces.DEFAULT_INTERVAL, Clock.systemUTC(), System.nanoTime()));
    }
    return providers;
  }

  private static ProviderSettings settings(
      AppConfig config, Provider provider, URI auth, URI api, String webhookSecret) {
    return new ProviderSettings(
        provider,
        CLIENT_ID,
        CLIENT_SECRET,
        config.callbackFor(provider),
        auth,
        api,
        webhookSecret,
        true);
  }
}
