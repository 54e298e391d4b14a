package io.tasksync.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.TaskKey;
import io.tasksync.port.out.TaskStore;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Linear's app-level webhooks reach the integration of the Linear organization they name. */
class LinearWebhookTest {

  private SandboxApp app;
  private IntegrationId id;

  @BeforeEach
  void connect() throws Exception {
    app = SandboxApp.linear(30);
    id = app.connect();
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                app.get(io.tasksync.port.out.SyncStateStore.class)
                    .get(id)
                    .map(s -> s.lastSuccessAt() != null)
                    .orElse(false));
  }

  @AfterEach
  void stop() {
    app.close();
  }

  @Test
  void issueCreatedAtLinear_arrivesThroughTheAppLevelWebhook() {
    int deliveriesBefore = app.linear().webhookDeliveries();

    String issue = app.linear().createIssue("Filed after the import");

    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> app.get(TaskStore.class).get(new TaskKey(id, issue)).isPresent());
    assertThat(app.linear().webhookDeliveries()).isGreaterThan(deliveriesBefore);
    assertThat(app.get(TaskStore.class).get(new TaskKey(id, issue)).orElseThrow().title())
        .isEqualTo("Filed after the import");
  }
}
