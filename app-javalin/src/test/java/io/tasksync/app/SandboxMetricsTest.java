package io.tasksync.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.inject.Key;
import io.tasksync.app.wiring.StoredSecrets;
import io.tasksync.domain.IntegrationId;
import io.tasksync.port.out.TaskStore;
import io.tasksync.port.out.WebhookKey;
import io.tasksync.port.out.WebhookSecretStore;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A sync against the Asana stand-in, seen in /metrics and in what the secret store holds. */
class SandboxMetricsTest {

  private SandboxApp app;
  private IntegrationId id;
  private WebhookKey key;

  @BeforeEach
  void connect() throws Exception {
    app = SandboxApp.asana(60);
    id = app.connect();
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> app.get(TaskStore.class).countActive(id) == app.asana().liveTaskCount());
    await().until(() -> !app.asana().webhookTargets().isEmpty());
    key = app.asanaWebhookKeys(id).get(0);
    await().until(() -> app.get(WebhookSecretStore.class).get(key).isPresent());
  }

  @AfterEach
  void stop() {
    app.close();
  }

  private String metrics() throws IOException, InterruptedException {
    return app.http
        .send(
            HttpRequest.newBuilder(app.uri("/metrics")).build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }

  private static double asanaRequests(String metrics) {
    return metrics
        .lines()
        .filter(l -> l.startsWith("tasksync_provider_requests_total{"))
        .filter(l -> l.contains("provider=\"asana\""))
        .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
        .sum();
  }

  @Test
  void sync_countsEveryRequestTheStandInServedByStatusClass() throws Exception {
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> asanaRequests(metrics()) == app.asana().requestCount());

    String metrics = metrics();

    assertThat(app.asana().requestCount()).isGreaterThan(1);
    assertThat(metrics)
        .containsPattern(
            "tasksync_provider_requests_total\\{provider=\"asana\",status_class=\"2xx\"} \\d+");
    assertThat(metrics)
        .contains("tasksync_provider_request_latency_seconds_count{provider=\"asana\"}");
  }

  @Test
  void webhookSecret_isStoredSealedAndOpensThroughTheApp() {
    WebhookSecretStore stored =
        app.app.injector().getInstance(Key.get(WebhookSecretStore.class, StoredSecrets.class));

    String plain = app.get(WebhookSecretStore.class).get(key).orElseThrow();
    String atRest = stored.get(key).orElseThrow();

    assertThat(plain).isNotBlank();
    assertThat(atRest).startsWith("tink1:").doesNotContain(plain);
  }
}
