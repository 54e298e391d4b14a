package io.tasksync.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tasksync.domain.IntegrationId;
import io.tasksync.port.out.TaskStore;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OpsApiTest {

  private TestApp app;

  @BeforeEach
  void start() {
    app = TestApp.start(URI.create("http://127.0.0.1:9/consent"), 15);
  }

  @AfterEach
  void stop() {
    app.close();
  }

  @Test
  void health_answersWithoutKey() {
    HttpResponse<String> response = app.get("/health", null);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(app.tree(response).get("status").asText()).isEqualTo("UP");
  }

  @Test
  void metrics_countSyncsByOutcomeAndTasksWritten() {
    IntegrationId id = Connecting.connect(app, TestApp.KEY_A);
    await().until(() -> app.get(TaskStore.class).countActive(id) == 15);
    await()
        .until(
            () ->
                app.get("/metrics", null)
                    .body()
                    .contains(
                        "tasksync_syncs_total{outcome=\"SUCCEEDED\",provider=\"asana\"} 1.0"));

    String metrics = app.get("/metrics", null).body();

    assertThat(metrics).contains("tasksync_tasks_written_total{provider=\"asana\"} 15.0");
    assertThat(metrics).contains("tasksync_provider_pages_total{provider=\"asana\"} 2.0");
  }

  @Test
  void environment_describesStoreAndProviders() {
    var env = app.tree(app.get("/environment", null));

    assertThat(env.get("demo").asBoolean()).isFalse();
    assertThat(env.get("store").asText()).contains("in-memory");
    assertThat(env.get("providers").get(0).get("id").asText()).isEqualTo("asana");
    assertThat(env.get("providers").get(0).get("connectable").asBoolean()).isTrue();
    assertThat(env.get("providers").get(1).get("connectable").asBoolean()).isFalse();
  }

  @Test
  void page_isServedWithSecurityHeaders() {
    HttpResponse<String> response = app.get("/", null);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("Connect your task tools");
    assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
    assertThat(app.get("/assets/app.js", null).statusCode()).isEqualTo(200);
    assertThat(app.get("/assets/secret.txt", null).statusCode()).isEqualTo(404);
  }

  @Test
  void unknownRoute_isJson404() {
    HttpResponse<String> response = app.get("/api/nothing-here", TestApp.KEY_A);

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(app.tree(response).get("error").asText()).isEqualTo("not_found");
  }

  @Test
  void oversizedApiBody_isRefusedWithJson413() {
    HttpResponse<String> response =
        app.send(
            app.request("/session")
                .POST(HttpRequest.BodyPublishers.ofString("x".repeat(600 * 1024)))
                .build());

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.body()).startsWith("{").contains("\"error\"");
  }
}
