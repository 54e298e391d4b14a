package io.tasksync.adapter.clickup;

import static org.assertj.core.api.Assertions.assertThat;

import io.tasksync.domain.Task;
import io.tasksync.port.out.FetchRequest;
import io.tasksync.port.out.TaskPage;
import io.tasksync.port.out.TokenSource;
import io.tasksync.sandbox.clickup.ClickUpStandInConfig;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A task's archived flag and its list's are independent, and ClickUp's listings select by the
 * task's flag: every task arrives, archived or not, in active or archived lists, exactly once.
 */
class ClickUpArchivedTasksTest {

  private ClickUpSandbox sandbox;

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private List<String> importAll(boolean includeArchived) {
    FetchRequest full =
        FetchRequest.full(sandbox.integration, TokenSource.fixed(sandbox.standIn.issueToken()));
    try (Stream<TaskPage> pages = sandbox.adapters.taskProvider().fetch(full)) {
      return pages.flatMap(p -> p.tasks().stream()).map(Task::externalId).toList();
    }
  }

  private void start(boolean includeArchived) {
    sandbox =
        ClickUpSandbox.with(
            ClickUpStandInConfig.defaults().withWorkspace(1, 300).withRateLimitPerMinute(10_000),
            10_000,
            includeArchived);
  }

  @Test
  void archivedTasksInActiveLists_andActiveTasksInArchivedLists_allArriveExactlyOnce() {
    start(true);
    String archivedInActiveList = sandbox.standIn.createArchivedTask(0, "archived, active list");
    String activeInArchivedList =
        sandbox.standIn.createTaskInArchivedList(0, "active, archived list");
    String archivedFolderTask = sandbox.standIn.createTaskInArchivedFolder(0, "archived folder");
    List<String> generated =
        IntStream.range(0, 300).mapToObj(i -> sandbox.standIn.generatedTaskId(0, i)).toList();

    List<String> ids = importAll(true);

    assertThat(ids)
        .doesNotHaveDuplicates()
        .containsAll(generated)
        .contains(archivedInActiveList, activeInArchivedList, archivedFolderTask)
        .hasSize(303);
  }

  @Test
  void archivedLeftOut_importsNoArchivedTaskAndNothingOfArchivedLists() {
    start(false);
    String archivedInActiveList = sandbox.standIn.createArchivedTask(0, "archived, active list");
    String activeInArchivedList =
        sandbox.standIn.createTaskInArchivedList(0, "active, archived list");
    String active = sandbox.standIn.createTask(0, "active, active list");

    List<String> ids = importAll(false);

    assertThat(ids)
        .doesNotHaveDuplicates()
        .contains(active)
        .doesNotContain(archivedInActiveList, activeInArchivedList);
  }

  @Test
  void fullListing_costsOneWorkspaceListingAndOneListListingMoreThanItsActivePart() {
    start(true);
    long before = sandbox.standIn.requestCount("GET /team/{team_Id}/task");
    long listBefore = sandbox.standIn.requestCount("GET /list/{list_id}/task");

    importAll(true);

    long teamPages = sandbox.standIn.requestCount("GET /team/{team_Id}/task") - before;
    long listPages = sandbox.standIn.requestCount("GET /list/{list_id}/task") - listBefore;
    // 300 tasks: 3 active pages + 1 page of archived tasks in active lists; 4 left-out lists
    // (the archived list, two of the archived folder, one of the archived space), each listed
    // with archived=false and archived=true.
    assertThat(teamPages).isEqualTo(4);
    assertThat(listPages).isEqualTo(8);
  }
}
