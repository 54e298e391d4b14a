package io.tasksync.adapter.asana;

import static org.assertj.core.api.Assertions.assertThat;

import io.tasksync.domain.RunKind;
import io.tasksync.domain.Task;
import io.tasksync.port.out.FetchRequest;
import io.tasksync.port.out.TaskPage;
import io.tasksync.port.out.TokenSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Incremental runs, deletions, resumption and the walk's reach, against the stand-in. */
class AsanaIncrementalTest {

  private AsanaTestBed bed;
  private TokenSource tokens;

  @BeforeEach
  void start() {
    bed = AsanaTestBed.withTasks(1100);
    tokens = bed.tokens();
  }

  @AfterEach
  void stop() {
    bed.close();
  }

  private List<TaskPage> fetch(FetchRequest request) {
    try (Stream<TaskPage> pages = bed.adapters.taskProvider().fetch(request)) {
      return pages.toList();
    }
  }

  private List<TaskPage> full() {
    return fetch(FetchRequest.full(bed.integration, tokens));
  }

  private List<TaskPage> incrementalSince(Instant since) {
    return fetch(new FetchRequest(bed.integration, RunKind.INCREMENTAL, null, since, tokens));
  }

  private static List<Task> tasks(List<TaskPage> pages) {
    return pages.stream().flatMap(p -> p.tasks().stream()).toList();
  }

  private static List<String> ids(List<TaskPage> pages) {
    return tasks(pages).stream().map(Task::externalId).toList();
  }

  private static List<String> deleted(List<TaskPage> pages) {
    return pages.stream().flatMap(p -> p.deletedExternalIds().stream()).toList();
  }

  @Test
  void changedSubtaskAndTask_areReturnedByTheNextIncrementalRun() {
    full();
    Instant since = Instant.now();
    String subtask = bed.standIn.taskGid(45);
    String task = bed.standIn.taskGid(52);
    bed.standIn.updateTask(subtask, "Changed subtask");
    bed.standIn.completeTask(task);

    List<TaskPage> pages = incrementalSince(since);

    assertThat(ids(pages)).containsExactlyInAnyOrder(subtask, task);
    assertThat(tasks(pages))
        .filteredOn(t -> t.externalId().equals(task))
        .singleElement()
        .satisfies(t -> assertThat(t.statusCategory().isClosed()).isTrue());
  }

  @Test
  void unmappableSubtaskFromTheEventsApi_isNamedAndSkipped_deletionsStillReported() {
    full();
    Instant since = Instant.now();
    String subtask = bed.standIn.taskGid(45);
    String gone = bed.standIn.taskGid(53);
    bed.standIn.updateTask(subtask, "Changed subtask");
    bed.standIn.deleteTask(gone);
    bed.standIn.omitTaskFields("modified_at");

    List<TaskPage> pages = incrementalSince(since);

    assertThat(pages.stream().flatMap(p -> p.unmapped().stream()))
        .singleElement()
        .satisfies(u -> assertThat(u.label()).isEqualTo(subtask))
        .satisfies(u -> assertThat(u.reason()).contains("modified_at"));
    assertThat(ids(pages)).isEmpty();
    assertThat(deleted(pages)).containsExactly(gone);
  }

  @Test
  void deletedTask_isReportedDeletedByTheNextIncrementalRun() {
    full();
    Instant since = Instant.now();
    String gone = bed.standIn.taskGid(53);
    bed.standIn.deleteTask(gone);

    List<TaskPage> pages = incrementalSince(since);

    assertThat(deleted(pages)).containsExactly(gone);
    assertThat(ids(pages)).isEmpty();
    assertThat(pages).noneMatch(TaskPage::reconcileNeeded);
  }

  @Test
  void expiredSyncToken_stillReturnsListedChangesAndRecoversForTheNextRun() {
    full();
    bed.standIn.expireSyncTokens();
    Instant since = Instant.now();
    bed.standIn.updateTask(bed.standIn.taskGid(54), "Changed");
    List<TaskPage> afterExpiry = incrementalSince(since);
    bed.standIn.deleteTask(bed.standIn.taskGid(55));

    List<TaskPage> next = incrementalSince(since);

    assertThat(ids(afterExpiry)).containsExactly(bed.standIn.taskGid(54));
    assertThat(deleted(afterExpiry)).isEmpty();
    assertThat(afterExpiry).anyMatch(TaskPage::reconcileNeeded);
    assertThat(deleted(next)).containsExactly(bed.standIn.taskGid(55));
    assertThat(next).noneMatch(TaskPage::reconcileNeeded);
  }

  @Test
  void taskInSeveralProjects_isOneTaskWithAllItsProjects() {
    List<Task> all = tasks(full());
    String multi = bed.standIn.taskGid(3);

    assertThat(all)
        .filteredOn(t -> t.externalId().equals(multi))
        .singleElement()
        .satisfies(t -> assertThat(t.projectPath()).containsExactly("Project 1", "Project 0"));
    assertThat(all)
        .filteredOn(t -> t.externalId().equals(bed.standIn.taskGid(10)))
        .singleElement()
        .satisfies(t -> assertThat(t.projectPath()).containsExactly("Project 0", "Project 1"));
  }

  @Test
  void tasksInNoProjectAndNestedSubtasks_areReached() {
    List<Task> all = tasks(full());

    assertThat(all)
        .filteredOn(t -> t.externalId().equals(bed.standIn.taskGid(44)))
        .singleElement()
        .satisfies(t -> assertThat(t.projectPath()).isEmpty());
    assertThat(all)
        .filteredOn(t -> t.externalId().equals(bed.standIn.taskGid(48)))
        .singleElement()
        .satisfies(t -> assertThat(t.parentExternalId()).isEqualTo(bed.standIn.taskGid(45)));
  }

  @Test
  void resumingInThePerUserPhase_missesNothingAndDuplicatesNothing() {
    List<TaskPage> all = full();
    int cut = -1;
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).checkpoint().contains("\"p\":\"U\"") && cut < 0) {
        cut = i;
      }
    }
    List<String> resumed = new ArrayList<>(ids(all.subList(0, cut + 1)));

    resumed.addAll(
        ids(
            fetch(
                FetchRequest.full(bed.integration, tokens).resumingAt(all.get(cut).checkpoint()))));

    assertThat(cut).isPositive();
    assertThat(resumed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids(all));
    assertThat(resumed).hasSize((int) bed.standIn.liveTaskCount());
  }
}
