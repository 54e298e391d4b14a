package io.tasksync.app;

import io.tasksync.app.config.AppConfig;
import io.tasksync.app.config.ProviderSettings;
import io.tasksync.app.demo.SandboxProviders;
import io.tasksync.app.security.TinkTokenCipher;
import io.tasksync.application.sync.Schedule;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.Provider;
import io.tasksync.port.out.IntegrationStore;
import io.tasksync.port.out.WebhookKey;
import io.tasksync.sandbox.StandIn;
import io.tasksync.sandbox.asana.AsanaStandIn;
import io.tasksync.sandbox.asana.AsanaStandInConfig;
import io.tasksync.sandbox.clickup.ClickUpStandIn;
import io.tasksync.sandbox.clickup.ClickUpStandInConfig;
import io.tasksync.sandbox.linear.LinearStandIn;
import io.tasksync.sandbox.linear.LinearStandInConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The production wiring (real adapter, in-memory store) against one provider's stand-in. */
final class SandboxApp implements AutoCloseable {

  private final StandIn standIn;
  final Application app;

  /** Keeps cookies like a browser, so the OAuth callback arrives with the binding cookie. */
  final HttpClient http =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .cookieHandler(new java.net.CookieManager())
          .build();

  private SandboxApp(StandIn standIn, Application app) {
    this.standIn = standIn;
    this.app = app;
  }

  static SandboxApp asana(int taskCount) {
    URI base = URI.create("http://127.0.0.1:" + freePort());
    AsanaStandIn asana = AsanaStandIn.start(AsanaStandInConfig.defaults().withTaskCount(taskCount));
    return start(
        asana, base, settings(Provider.ASANA, base, asana.baseUrl(), asana.apiBaseUrl(), null));
  }

  static SandboxApp clickUp(int workspaces, int tasksPerWorkspace) {
    URI base = URI.create("http://127.0.0.1:" + freePort());
    ClickUpStandIn clickUp =
        ClickUpStandIn.start(
            ClickUpStandInConfig.defaults()
                .withWorkspace(workspaces, tasksPerWorkspace)
                .withRateLimitPerMinute(10_000));
    return start(
        clickUp,
        base,
        settings(Provider.CLICKUP, base, clickUp.baseUrl(), clickUp.baseUrl(), null));
  }

  static SandboxApp linear(int issueCount) {
    URI base = URI.create("http://127.0.0.1:" + freePort());
    LinearStandInConfig config = LinearStandInConfig.defaults().withWorkspace(7, issueCount);
    LinearStandIn linear =
        LinearStandIn.start(
            config.withWebhook(base.resolve("/webhooks/linear"), config.webhookSecret()));
    return start(
        linear,
        base,
        settings(
            Provider.LINEAR, base, linear.baseUrl(), linear.baseUrl(), config.webhookSecret()));
  }

  private static SandboxApp start(StandIn standIn, URI base, ProviderSettings provider) {
    AppConfig config =
        new AppConfig(
            base.getPort(),
            base,
            Map.of(TestApp.KEY_A, TestApp.ORG_A),
            TinkTokenCipher.generateJsonKeyset(),
            List.of(provider),
            null,
            new Schedule(2, Duration.ofHours(1), Duration.ofHours(6), Duration.ofMillis(100)),
            false);
    try {
      return new SandboxApp(standIn, Application.start(config, Main.modulesFor(config)));
    } catch (RuntimeException e) {
      standIn.close();
      throw e;
    }
  }

  private static ProviderSettings settings(
      Provider provider, URI base, URI auth, URI api, String webhookSecret) {
    return new ProviderSettings(
        provider,
        SandboxProviders.CLIENT_ID,
        SandboxProviders.CLIENT_SECRET,
        base.resolve("/oauth/" + provider.id() + "/callback"),
        auth,
        api,
        webhookSecret,
        true);
  }

  AsanaStandIn asana() {
    return (AsanaStandIn) standIn;
  }

  ClickUpStandIn clickUp() {
    return (ClickUpStandIn) standIn;
  }

  LinearStandIn linear() {
    return (LinearStandIn) standIn;
  }

  /** The secret-store key of each Asana webhook the stand-in holds: its target's last segment. */
  List<WebhookKey> asanaWebhookKeys(IntegrationId id) {
    return asana().webhookTargets().stream()
        .map(URI::getPath)
        .map(path -> WebhookKey.of(id, path.substring(path.lastIndexOf('/') + 1)))
        .toList();
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + app.port() + path);
  }

  <T> T get(Class<T> type) {
    return app.injector().getInstance(type);
  }

  /** Connects the stand-in's provider for organization A through its consent form. */
  IntegrationId connect() throws IOException, InterruptedException {
    String provider = standIn.providerId();
    HttpResponse<String> authorize =
        http.send(
            HttpRequest.newBuilder(uri("/oauth/" + provider + "/authorize"))
                .header("Authorization", "Bearer " + TestApp.KEY_A)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    URI consent = URI.create(authorize.headers().firstValue("Location").orElseThrow());
    URI callback = ConsentForms.approve(http, consent);
    HttpResponse<String> landed =
        http.send(HttpRequest.newBuilder(callback).build(), HttpResponse.BodyHandlers.ofString());
    String page = landed.headers().firstValue("Location").orElseThrow();
    if (!page.endsWith("/?connected=" + provider)) {
      throw new IllegalStateException("connecting " + provider + " ended at " + page);
    }
    return get(IntegrationStore.class).findByOrganization(TestApp.ORG_A).get(0).id();
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    app.close();
    standIn.close();
  }
}
