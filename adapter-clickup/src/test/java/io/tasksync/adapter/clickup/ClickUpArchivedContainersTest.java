package io.tasksync.adapter.clickup;

import static org.assertj.core.api.Assertions.assertThat;

import io.tasksync.domain.Task;
import io.tasksync.port.out.FetchRequest;
import io.tasksync.port.out.TaskPage;
import io.tasksync.port.out.TokenSource;
import io.tasksync.sandbox.clickup.ClickUpStandInConfig;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Tasks under an archived folder or space, which the workspace-wide listing leaves out. */
class ClickUpArchivedContainersTest {

  private ClickUpSandbox sandbox;

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private List<String> importedIds(boolean includeArchived, String... created) {
    sandbox =
        ClickUpSandbox.with(
            ClickUpStandInConfig.defaults().withWorkspace(1, 120).withRateLimitPerMinute(10_000),
            10_000,
            includeArchived);
    created[0] = sandbox.standIn.createTaskInArchivedFolder(0, "kept in an archived folder");
    created[1] = sandbox.standIn.createTaskInArchivedSpace(0, "kept in an archived space");
    FetchRequest full =
        FetchRequest.full(sandbox.integration, TokenSource.fixed(sandbox.standIn.issueToken()));
    try (Stream<TaskPage> pages = sandbox.adapters.taskProvider().fetch(full)) {
      return pages.flatMap(p -> p.tasks().stream()).map(Task::externalId).toList();
    }
  }

  @Test
  void includeArchived_importsTasksOfArchivedFoldersAndSpacesOnce() {
    String[] created = new String[2];

    List<String> ids = importedIds(true, created);

    assertThat(ids).contains(created).doesNotHaveDuplicates().hasSize(122);
  }

  @Test
  void archivedLeftOut_importsNeither() {
    String[] created = new String[2];

    List<String> ids = importedIds(false, created);

    assertThat(ids).doesNotContain(created).isNotEmpty();
  }
}
