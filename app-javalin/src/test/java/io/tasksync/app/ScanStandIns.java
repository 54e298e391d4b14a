package io.tasksync.app;

import io.tasksync.app.config.ProviderSettings;
import io.tasksync.app.demo.SandboxProviders;
import io.tasksync.domain.Provider;
import io.tasksync.sandbox.asana.AsanaStandIn;
import io.tasksync.sandbox.asana.AsanaStandInConfig;
import io.tasksync.sandbox.clickup.ClickUpStandIn;
import io.tasksync.sandbox.clickup.ClickUpStandInConfig;
import io.tasksync.sandbox.linear.LinearStandIn;
import io.tasksync.sandbox.linear.LinearStandInConfig;
import java.net.URI;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

/**
 * The three provider stand-ins with small workspaces and secrets of their own: a random OAuth
 * client secret per provider and a random Linear signing secret, so a scan for them cannot be
 * confused with a constant that also appears in code or documentation.
 */
final class ScanStandIns implements AutoCloseable {

  final String asanaClientSecret = random("asana-client-secret-");
  final String clickUpClientSecret = random("clickup-client-secret-");
  final String linearClientSecret = random("linear-client-secret-");
  final String linearWebhookSecret = random("linear-signing-secret-");
  final AsanaStandIn asana;
  final ClickUpStandIn clickUp;
  final LinearStandIn linear;
  private final URI base;

  ScanStandIns(URI base, int asanaTasks, int clickUpWorkspaces, int tasksPerWorkspace, int issues) {
    this.base = base;
    AsanaStandInConfig a = AsanaStandInConfig.defaults().withTaskCount(asanaTasks);
    asana =
        AsanaStandIn.start(
            new AsanaStandInConfig(
                a.port(),
                a.seed(),
                a.taskCount(),
                a.requestsPerMinute(),
                a.concurrentRequests(),
                a.tokenLifetime(),
                a.offsetLifetime(),
                SandboxProviders.CLIENT_ID,
                asanaClientSecret,
                null));
    ClickUpStandInConfig c =
        ClickUpStandInConfig.defaults()
            .withWorkspace(clickUpWorkspaces, tasksPerWorkspace)
            .withRateLimitPerMinute(10_000);
    clickUp =
        ClickUpStandIn.start(
            new ClickUpStandInConfig(
                c.port(),
                c.seed(),
                c.workspaces(),
                c.tasksPerWorkspace(),
                c.membersPerWorkspace(),
                c.rateLimitPerMinute(),
                SandboxProviders.CLIENT_ID,
                clickUpClientSecret,
                null,
                c.generatedUntil(),
                c.rateLimitWindow()));
    LinearStandInConfig l = LinearStandInConfig.defaults().withWorkspace(7, issues);
    linear =
        LinearStandIn.start(
            new LinearStandInConfig(
                l.port(),
                l.seed(),
                l.issueCount(),
                l.requestsLimit(),
                l.complexityLimit(),
                l.limitPeriod(),
                l.maxQueryComplexity(),
                l.accessTokenLifetime(),
                SandboxProviders.CLIENT_ID,
                linearClientSecret,
                base.resolve("/webhooks/linear"),
                linearWebhookSecret));
  }

  /** The app's settings for the three stand-ins. */
  List<ProviderSettings> providers() {
    return List.of(
        settings(Provider.ASANA, asana.baseUrl(), asana.apiBaseUrl(), asanaClientSecret, null),
        settings(Provider.CLICKUP, clickUp.baseUrl(), clickUp.baseUrl(), clickUpClientSecret, null),
        settings(
            Provider.LINEAR,
            linear.baseUrl(),
            linear.baseUrl(),
            linearClientSecret,
            linearWebhookSecret));
  }

  private ProviderSettings settings(
      Provider provider, URI auth, URI api, String clientSecret, String webhookSecret) {
    return new ProviderSettings(
        provider,
        SandboxProviders.CLIENT_ID,
        clientSecret,
        base.resolve("/oauth/" + provider.id() + "/callback"),
        auth,
        api,
        webhookSecret,
        true);
  }

  static String random(String prefix) {
    byte[] bytes = new byte[16];
    new SecureRandom().nextBytes(bytes);
    return prefix + HexFormat.of().formatHex(bytes);
  }

  @Override
  public void close() {
    asana.close();
    clickUp.close();
    linear.close();
  }
}
