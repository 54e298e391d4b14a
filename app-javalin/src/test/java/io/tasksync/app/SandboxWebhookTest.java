package io.tasksync.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.TaskKey;
import io.tasksync.port.out.IntegrationStore;
import io.tasksync.port.out.TaskStore;
import io.tasksync.port.out.WebhookSecretStore;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Connect over HTTP through the Asana stand-in's consent, then follow its webhooks. */
class SandboxWebhookTest {

  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private SandboxApp app;
  private IntegrationId id;

  @BeforeEach
  void connect() throws Exception {
    app = SandboxApp.start(60);
    URI consent = location(get(app.uri("/oauth/asana/authorize"), TestApp.KEY_A));
    Map<String, String> q = Connecting.query(consent);
    String form =
        Map.of(
                "decision", "approve",
                "redirect_uri", q.get("redirect_uri"),
                "state", q.get("state"),
                "code_challenge", q.getOrDefault("code_challenge", ""))
            .entrySet()
            .stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    URI callback =
        location(
            http.send(
                HttpRequest.newBuilder(consent.resolve("/-/oauth_authorize"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form))
                    .build(),
                HttpResponse.BodyHandlers.ofString()));
    assertThat(location(get(callback, null)).toString()).endsWith("/?connected=asana");
    id = app.get(IntegrationStore.class).findByOrganization(TestApp.ORG_A).get(0).id();
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> app.get(TaskStore.class).countActive(id) == app.asana.liveTaskCount());
    await().until(() -> app.get(WebhookSecretStore.class).get(id).isPresent());
  }

  @AfterEach
  void stop() {
    app.close();
  }

  @Test
  void taskDeletedAtTheProvider_isMarkedDeletedThroughTheWebhook() {
    String gid = app.asana.taskGid(5);

    app.asana.deleteTask(gid);

    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> app.get(TaskStore.class).get(new TaskKey(id, gid)).orElseThrow().isDeleted());
  }

  @Test
  void taskCreatedAtTheProvider_arrivesThroughAPromptSync() {
    String gid = app.asana.createTask(app.asana.projectGid(0), "Written after the import");

    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> app.get(TaskStore.class).get(new TaskKey(id, gid)).isPresent());
    assertThat(app.get(TaskStore.class).get(new TaskKey(id, gid)).orElseThrow().title())
        .isEqualTo("Written after the import");
  }

  private HttpResponse<String> get(URI uri, String key) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri).GET();
    if (key != null) {
      b.header("Authorization", "Bearer " + key);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static URI location(HttpResponse<String> response) {
    return URI.create(response.headers().firstValue("Location").orElseThrow());
  }
}
