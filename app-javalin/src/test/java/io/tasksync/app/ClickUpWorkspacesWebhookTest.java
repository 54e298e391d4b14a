package io.tasksync.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.inject.Key;
import io.tasksync.app.wiring.StoredSecrets;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.TaskKey;
import io.tasksync.port.out.SyncStateStore;
import io.tasksync.port.out.TaskStore;
import io.tasksync.port.out.WebhookKey;
import io.tasksync.port.out.WebhookSecretStore;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** ClickUp authorized for two workspaces: one webhook, and one secret, per workspace. */
class ClickUpWorkspacesWebhookTest {

  private SandboxApp app;
  private IntegrationId id;

  @BeforeEach
  void connect() throws Exception {
    app = SandboxApp.clickUp(2, 20);
    id = app.connect();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                app.get(SyncStateStore.class)
                    .get(id)
                    .map(s -> s.lastSuccessAt() != null)
                    .orElse(false));
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                app.clickUp().webhookId(0).flatMap(this::secretOf).isPresent()
                    && app.clickUp().webhookId(1).flatMap(this::secretOf).isPresent());
  }

  @AfterEach
  void stop() {
    app.close();
  }

  private java.util.Optional<String> secretOf(String webhookId) {
    return app.get(WebhookSecretStore.class).get(WebhookKey.of(id, webhookId));
  }

  @Test
  void eachWorkspacesWebhook_hasItsOwnSealedSecret() {
    WebhookSecretStore atRest =
        app.app.injector().getInstance(Key.get(WebhookSecretStore.class, StoredSecrets.class));

    for (int workspace = 0; workspace < 2; workspace++) {
      String hook = app.clickUp().webhookId(workspace).orElseThrow();
      String secret = app.clickUp().webhookSecret(workspace).orElseThrow();

      assertThat(secretOf(hook)).contains(secret);
      assertThat(atRest.get(WebhookKey.of(id, hook)).orElseThrow()).doesNotContain(secret);
    }
    assertThat(app.get(WebhookSecretStore.class).get(WebhookKey.former(id))).isEmpty();
  }

  @Test
  void deliveryNamingOneWebhookButSignedWithTheOthersSecret_isRejected() throws Exception {
    String hook = app.clickUp().webhookId(0).orElseThrow();
    String otherSecret = app.clickUp().webhookSecret(1).orElseThrow();
    String taskId = app.clickUp().generatedTaskId(0, 3);
    byte[] body =
        ("{\"event\":\"taskDeleted\",\"task_id\":\""
                + taskId
                + "\",\"webhook_id\":\""
                + hook
                + "\",\"history_items\":[]}")
            .getBytes(StandardCharsets.UTF_8);

    HttpResponse<String> response =
        app.http.send(
            HttpRequest.newBuilder(app.uri("/webhooks/clickup/" + id))
                .header("Content-Type", "application/json")
                .header("X-Signature", AsanaWebhookHijackTest.hmacHex(otherSecret, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(app.get(TaskStore.class).get(new TaskKey(id, taskId)).orElseThrow().isDeleted())
        .isFalse();
  }

  @Test
  void liveChangeInEachWorkspace_isAcceptedAndSynced() {
    for (int workspace = 0; workspace < 2; workspace++) {
      String title = "Live change in workspace " + workspace;
      String taskId = app.clickUp().createTask(workspace, title);

      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> app.get(TaskStore.class).get(new TaskKey(id, taskId)).isPresent());
      assertThat(app.get(TaskStore.class).get(new TaskKey(id, taskId)).orElseThrow().title())
          .isEqualTo(title);
    }
    assertThat(app.clickUp().webhooksDropped()).isZero();
  }
}
