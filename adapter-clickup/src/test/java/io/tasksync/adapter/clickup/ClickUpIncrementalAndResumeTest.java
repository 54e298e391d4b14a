package io.tasksync.adapter.clickup;

import static org.assertj.core.api.Assertions.assertThat;

import io.tasksync.domain.RunKind;
import io.tasksync.domain.StatusCategory;
import io.tasksync.domain.Task;
import io.tasksync.port.out.FetchRequest;
import io.tasksync.port.out.TaskPage;
import io.tasksync.port.out.TokenSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Incremental runs and resumption across workspaces and the archived-list phase. */
class ClickUpIncrementalAndResumeTest {

  private ClickUpSandbox sandbox;
  private TokenSource tokens;

  @BeforeEach
  void start() {
    sandbox = ClickUpSandbox.fast();
    tokens = TokenSource.fixed(sandbox.standIn.issueToken());
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private List<TaskPage> pages(FetchRequest request) {
    try (Stream<TaskPage> pages = sandbox.adapters.taskProvider().fetch(request)) {
      return pages.toList();
    }
  }

  private static List<String> ids(List<TaskPage> pages) {
    return pages.stream().flatMap(p -> p.tasks().stream()).map(Task::externalId).toList();
  }

  @Test
  void resumingFromEveryCheckpoint_missesNothingAndDuplicatesNothing() {
    FetchRequest full = FetchRequest.full(sandbox.integration, tokens);
    List<TaskPage> all = pages(full);

    for (int k = 0; k < all.size(); k++) {
      List<String> resumed = new ArrayList<>(ids(all.subList(0, k + 1)));
      resumed.addAll(ids(pages(full.resumingAt(all.get(k).checkpoint()))));

      assertThat(resumed)
          .as("resumed after page %d", k)
          .doesNotHaveDuplicates()
          .containsExactlyInAnyOrderElementsOf(ids(all));
    }
    assertThat(all.get(all.size() - 1).checkpoint()).contains("\"phase\":\"done\"");
    assertThat(ids(all)).hasSize(500);
  }

  @Test
  void incrementalRun_returnsCreatedChangedCompletedAndArchivedListTasksOnly() {
    Instant since = Instant.now();
    String created = sandbox.standIn.createTask(1, "new");
    String subtask =
        sandbox.standIn.createSubtask(0, sandbox.standIn.generatedTaskId(0, 0), "new subtask");
    String completed = sandbox.standIn.generatedTaskId(0, 1);
    sandbox.standIn.completeTask(completed);
    String inArchivedList = sandbox.standIn.generatedTaskId(0, 70);
    sandbox.standIn.updateTask(inArchivedList, "archived but changed");
    sandbox.standIn.deleteTask(sandbox.standIn.generatedTaskId(0, 2));

    Map<String, Task> changed =
        pages(new FetchRequest(sandbox.integration, RunKind.INCREMENTAL, null, since, tokens))
            .stream()
            .flatMap(p -> p.tasks().stream())
            .collect(Collectors.toMap(Task::externalId, Function.identity()));

    assertThat(changed).containsOnlyKeys(created, subtask, completed, inArchivedList);
    assertThat(changed.get(completed).statusCategory()).isEqualTo(StatusCategory.DONE);
    assertThat(changed.get(subtask).parentExternalId())
        .isEqualTo(sandbox.standIn.generatedTaskId(0, 0));
  }

  @Test
  void incrementalRun_asksForUpdatesStrictlyAfterTheMarkMinusTheOverlap() {
    Instant since = Instant.now();
    String id = sandbox.standIn.generatedTaskId(1, 9);
    sandbox.standIn.updateTask(id, "changed");

    List<String> found =
        ids(
            pages(
                new FetchRequest(
                    sandbox.integration,
                    RunKind.INCREMENTAL,
                    null,
                    since.plusMillis(500),
                    tokens)));

    assertThat(found).containsExactly(id);
  }
}
