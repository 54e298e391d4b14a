package io.tasksync.app;

import io.tasksync.app.config.AppConfig;
import io.tasksync.app.config.ProviderSettings;
import io.tasksync.app.config.Schedule;
import io.tasksync.app.demo.SandboxProviders;
import io.tasksync.app.security.TinkTokenCipher;
import io.tasksync.domain.Provider;
import io.tasksync.sandbox.asana.AsanaStandIn;
import io.tasksync.sandbox.asana.AsanaStandInConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The production wiring (real Asana adapter, in-memory store) against the Asana stand-in. */
final class SandboxApp implements AutoCloseable {

  final AsanaStandIn asana;
  final Application app;

  private SandboxApp(AsanaStandIn asana, Application app) {
    this.asana = asana;
    this.app = app;
  }

  static SandboxApp start(int taskCount) {
    AsanaStandIn asana = AsanaStandIn.start(AsanaStandInConfig.defaults().withTaskCount(taskCount));
    int port = freePort();
    URI base = URI.create("http://127.0.0.1:" + port);
    AppConfig config =
        new AppConfig(
            port,
            base,
            Map.of(TestApp.KEY_A, TestApp.ORG_A),
            TinkTokenCipher.generateJsonKeyset(),
            List.of(
                new ProviderSettings(
                    Provider.ASANA,
                    SandboxProviders.CLIENT_ID,
                    SandboxProviders.CLIENT_SECRET,
                    base.resolve("/oauth/asana/callback"),
                    asana.baseUrl(),
                    asana.apiBaseUrl(),
                    null,
                    true)),
            null,
            new Schedule(2, Duration.ofHours(1), Duration.ofHours(6), Duration.ofMillis(100)),
            false);
    try {
      return new SandboxApp(asana, Application.start(config, Main.modulesFor(config)));
    } catch (RuntimeException e) {
      asana.close();
      throw e;
    }
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + app.port() + path);
  }

  <T> T get(Class<T> type) {
    return app.injector().getInstance(type);
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
    asana.close();
  }
}
