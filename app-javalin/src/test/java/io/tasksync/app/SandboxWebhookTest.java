package io.tasksync.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.TaskKey;
import io.tasksync.port.out.TaskStore;
import io.tasksync.port.out.WebhookKey;
import io.tasksync.port.out.WebhookSecretStore;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Asana connected through the stand-in's consent; its webhooks then keep tasks current. */
class SandboxWebhookTest {

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

  @Test
  void taskDeletedAtTheProvider_isMarkedDeletedThroughTheWebhook() {
    String gid = app.asana().taskGid(5);

    app.asana().deleteTask(gid);

    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> app.get(TaskStore.class).get(new TaskKey(id, gid)).orElseThrow().isDeleted());
  }

  @Test
  void taskCreatedAtTheProvider_arrivesThroughAPromptSync() {
    String gid = app.asana().createTask(app.asana().projectGid(0), "Written after the import");

    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> app.get(TaskStore.class).get(new TaskKey(id, gid)).isPresent());
    assertThat(app.get(TaskStore.class).get(new TaskKey(id, gid)).orElseThrow().title())
        .isEqualTo("Written after the import");
  }
}
