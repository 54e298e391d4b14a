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

/** A workspace of four projects: one webhook, and one secret, per project. */
class AsanaMultiProjectWebhookTest {

  private static final int TASKS_IN_FOUR_PROJECTS = 1600;

  private SandboxApp app;
  private IntegrationId id;

  @BeforeEach
  void connect() throws Exception {
    app = SandboxApp.asana(TASKS_IN_FOUR_PROJECTS);
    id = app.connect();
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> app.get(TaskStore.class).countActive(id) == app.asana().liveTaskCount());
    await().atMost(Duration.ofSeconds(20)).until(() -> app.asana().webhookTargets().size() == 4);
  }

  @AfterEach
  void stop() {
    app.close();
  }

  @Test
  void liveChangeInEachProject_isAcceptedAndSynced() {
    assertThat(app.asana().projectCount()).isEqualTo(4);
    long before = app.get(TaskStore.class).countActive(id);

    for (int project = 0; project < 4; project++) {
      String title = "Live change in project " + project;
      String gid = app.asana().createTask(app.asana().projectGid(project), title);

      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> app.get(TaskStore.class).get(new TaskKey(id, gid)).isPresent());
      assertThat(app.get(TaskStore.class).get(new TaskKey(id, gid)).orElseThrow().title())
          .isEqualTo(title);
    }

    assertThat(app.get(TaskStore.class).countActive(id)).isEqualTo(before + 4);
  }

  @Test
  void liveRenameInEachProject_isAcceptedAndSynced() {
    for (int project = 0; project < 4; project++) {
      String gid = app.asana().createTask(app.asana().projectGid(project), "Before " + project);
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> app.get(TaskStore.class).get(new TaskKey(id, gid)).isPresent());
      String renamed = "Renamed in project " + project;

      app.asana().updateTask(gid, renamed);

      await()
          .atMost(Duration.ofSeconds(10))
          .until(
              () ->
                  app.get(TaskStore.class)
                      .get(new TaskKey(id, gid))
                      .map(t -> t.title().equals(renamed))
                      .orElse(false));
    }
  }
}
