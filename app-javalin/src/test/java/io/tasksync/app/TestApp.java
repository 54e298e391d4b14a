package io.tasksync.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tasksync.app.config.AppConfig;
import io.tasksync.app.security.TinkTokenCipher;
import io.tasksync.app.wiring.InMemoryStoreModule;
import io.tasksync.application.sync.Schedule;
import io.tasksync.domain.OrganizationId;
import io.tasksync.domain.Provider;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The app on a free port with in-memory stores and a fake Asana, plus a small HTTP client. */
final class TestApp implements AutoCloseable {

  static final String KEY_A = "key-of-org-a-0123456789";
  static final String KEY_B = "key-of-org-b-0123456789";
  static final OrganizationId ORG_A = OrganizationId.of("org-a");
  static final OrganizationId ORG_B = OrganizationId.of("org-b");

  final FakeProvider fake;
  final Application app;
  final HttpClient http =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  final ObjectMapper json = new ObjectMapper();

  /** The browser's OAuth binding cookie ({@code name=value}) from the last authorize, if any. */
  volatile String oauthCookie;

  volatile String oauthSetCookie;

  private TestApp(FakeProvider fake, Application app) {
    this.fake = fake;
    this.app = app;
  }

  static TestApp start(URI consentPage, int workspaceSize) {
    FakeProvider fake = new FakeProvider(Provider.ASANA, consentPage, workspaceSize);
    return start(fake, config(), new InMemoryStoreModule());
  }

  static TestApp start(FakeProvider fake, AppConfig config, com.google.inject.Module stores) {
    Application app = Application.start(config, List.of(stores, new FakeProviderModule(fake)));
    return new TestApp(fake, app);
  }

  static AppConfig config() {
    return new AppConfig(
        0,
        URI.create("http://127.0.0.1:1"),
        Map.of(KEY_A, ORG_A, KEY_B, ORG_B),
        TinkTokenCipher.generateJsonKeyset(),
        List.of(),
        null,
        new Schedule(2, Duration.ofHours(1), Duration.ofHours(6), Duration.ofMillis(50)),
        false);
  }

  /** The app's registered routes. */
  java.util.List<String> routes() {
    return app.routes();
  }

  <T> T get(Class<T> type) {
    return app.injector().getInstance(type);
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + app.port() + path);
  }

  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10));
  }

  HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpResponse<String> get(String path, String key) {
    HttpRequest.Builder b = request(path).GET();
    if (key != null) {
      b.header("Authorization", "Bearer " + key);
    }
    return send(b.build());
  }

  HttpResponse<String> post(String path, String key, String body) {
    HttpRequest.Builder b =
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (key != null) {
      b.header("X-Api-Key", key);
    }
    return send(b.build());
  }

  JsonNode tree(HttpResponse<String> response) {
    try {
      return json.readTree(response.body());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    app.close();
  }
}
