package io.tasksync.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.SyncStatus;
import io.tasksync.port.out.ProviderStateStore;
import io.tasksync.port.out.SyncStateStore;
import io.tasksync.port.out.TaskStore;
import java.net.URI;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IntegrationApiTest {

  private TestApp app;
  private IntegrationId id;

  @BeforeEach
  void start() {
    app = TestApp.start(URI.create("http://127.0.0.1:9/consent"), 35);
    id = Connecting.connect(app, TestApp.KEY_A);
    await().until(() -> app.get(TaskStore.class).countActive(id) == 35);
    await().until(() -> !app.get(io.tasksync.application.sync.SyncWorkers.class).isQueued(id));
  }

  @AfterEach
  void stop() {
    app.close();
  }

  @Test
  void integrations_listsStatusWorkspacesTaskCountAndNoSecrets() {
    HttpResponse<String> response = app.get("/api/integrations", TestApp.KEY_A);

    JsonNode first = app.tree(response).get(0);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(first.get("id").asText()).isEqualTo(id.value());
    assertThat(first.get("provider").asText()).isEqualTo("asana");
    assertThat(first.get("status").asText()).isEqualTo("CONNECTED");
    assertThat(first.get("taskCount").asLong()).isEqualTo(35);
    assertThat(first.get("workspaces").get(0).get("name").asText()).isEqualTo("Fake workspace");
    assertThat(response.body())
        .doesNotContain(FakeProvider.ACCESS_TOKEN)
        .doesNotContain("credentials");
  }

  @Test
  void syncState_reportsStatusKindProgressAndTimestamps() {
    JsonNode sync = app.tree(app.get("/api/integrations/" + id + "/sync", TestApp.KEY_A));

    assertThat(sync.get("status").asText()).isEqualTo("SUCCEEDED");
    assertThat(sync.get("runKind").asText()).isEqualTo("INITIAL");
    assertThat(sync.get("progress").get("fetched").asLong()).isEqualTo(35);
    assertThat(sync.get("progress").get("created").asLong()).isEqualTo(35);
    assertThat(sync.get("lastSuccessAt").asText()).isNotEmpty();
    assertThat(sync.get("lastError").isNull()).isTrue();
  }

  @Test
  void triggerSync_isAcceptedAndRunsAnIncrementalSync() {
    int before = app.fake.fetches.get();

    HttpResponse<String> response =
        app.post("/api/integrations/" + id + "/sync", TestApp.KEY_A, "");

    assertThat(response.statusCode()).isEqualTo(202);
    assertThat(app.tree(response).get("runKind").asText()).isEqualTo("INCREMENTAL");
    await().until(() -> app.fake.fetches.get() > before);
  }

  @Test
  void triggerSyncWithUnknownKind_isBadRequest() {
    HttpResponse<String> response =
        app.post("/api/integrations/" + id + "/sync", TestApp.KEY_A, "{\"kind\":\"EVERYTHING\"}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(app.tree(response).get("error").asText()).isEqualTo("invalid_kind");
  }

  @Test
  void disconnectKeepingTasks_revokesPausesAndKeepsTasks() {
    HttpResponse<String> response =
        app.post(
            "/api/integrations/" + id + "/disconnect", TestApp.KEY_A, "{\"deleteTasks\":false}");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(app.tree(response).get("revoked").asBoolean()).isTrue();
    assertThat(app.fake.revocations.get()).isEqualTo(1);
    assertThat(app.get(SyncStateStore.class).get(id).orElseThrow().status())
        .isEqualTo(SyncStatus.PAUSED);
    assertThat(app.get(TaskStore.class).countActive(id)).isEqualTo(35);
    assertThat(app.post("/api/integrations/" + id + "/sync", TestApp.KEY_A, "").statusCode())
        .isEqualTo(409);
  }

  @Test
  void disconnect_forgetsWhatTheProviderAdapterKept() {
    app.get(ProviderStateStore.class).put(id, "asana.events.sync.1", "token");

    app.post("/api/integrations/" + id + "/disconnect", TestApp.KEY_A, "{}");

    assertThat(app.get(ProviderStateStore.class).get(id, "asana.events.sync.1")).isEmpty();
  }

  @Test
  void disconnectDeletingTasks_removesTheTasks() {
    HttpResponse<String> response =
        app.post(
            "/api/integrations/" + id + "/disconnect", TestApp.KEY_A, "{\"deleteTasks\":true}");

    assertThat(app.tree(response).get("tasksDeleted").asLong()).isEqualTo(35);
    assertThat(app.tree(app.get("/api/tasks", TestApp.KEY_A)).get("tasks")).isEmpty();
  }

  @Test
  void badIdUnknownIdAndBadJson_areClientErrors() {
    HttpResponse<String> badId = app.get("/api/integrations/bad%20id!/sync", TestApp.KEY_A);
    HttpResponse<String> unknown = app.get("/api/integrations/nope/sync", TestApp.KEY_A);
    HttpResponse<String> badJson =
        app.post("/api/integrations/" + id + "/disconnect", TestApp.KEY_A, "{deleteTasks");

    assertThat(badId.statusCode()).isEqualTo(400);
    assertThat(app.tree(badId).get("error").asText()).isEqualTo("invalid_id");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(badJson.statusCode()).isEqualTo(400);
    assertThat(app.tree(badJson).get("error").asText()).isEqualTo("invalid_json");
  }
}
