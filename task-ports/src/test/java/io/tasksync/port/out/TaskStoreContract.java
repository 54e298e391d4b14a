package io.tasksync.port.out;

import static io.tasksync.port.out.TestTasks.T0;
import static io.tasksync.port.out.TestTasks.aFullTask;
import static io.tasksync.port.out.TestTasks.aTask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.OrganizationId;
import io.tasksync.domain.StatusCategory;
import io.tasksync.domain.Task;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link TaskStore} must do. Each test works in its own organization. */
public abstract class TaskStoreContract {

  protected TaskStore store;
  protected OrganizationId org;
  protected IntegrationId integration;

  protected abstract TaskStore createStore();

  @BeforeEach
  void setUpStore() {
    store = createStore();
    org = TestTasks.anOrganization();
    integration = TestTasks.anIntegration();
  }

  @Test
  void upsertNewTasks_reportsCreated_andGetReturnsThem() {
    Task a = aTask(org, integration).build();
    Task b = aTask(org, integration).build();

    UpsertResult result = store.upsert(List.of(a, b));

    assertThat(result).isEqualTo(new UpsertResult(2, 0, 0));
    assertThat(store.get(a.key())).contains(a);
    assertThat(store.get(b.key())).contains(b);
  }

  @Test
  void fullTask_roundTripsEveryField() {
    Task full = aFullTask(org, integration).build();

    store.upsert(List.of(full));

    assertThat(store.get(full.key())).contains(full);
  }

  @Test
  void upsertSameContentAgain_reportsUnchanged() {
    Task a = aTask(org, integration).build();
    store.upsert(List.of(a));

    UpsertResult again = store.upsert(List.of(a, a.withLastSeenAt(T0)));

    assertThat(again).isEqualTo(new UpsertResult(0, 0, 1));
  }

  @Test
  void upsertChangedContent_reportsUpdated_andStoresTheNewVersion() {
    Task a = aTask(org, integration).build();
    store.upsert(List.of(a));
    Task changed = a.toBuilder().title("renamed").updatedAt(a.updatedAt().plusSeconds(5)).build();

    UpsertResult result = store.upsert(List.of(changed));

    assertThat(result).isEqualTo(new UpsertResult(0, 1, 0));
    assertThat(store.get(a.key())).contains(changed);
  }

  @Test
  void upsertOfADeletedTaskThatReappears_reportsUpdated_andClearsDeletion() {
    Task a = aTask(org, integration).build();
    store.upsert(List.of(a));
    store.markDeleted(integration, List.of(a.externalId()), T0);

    UpsertResult result = store.upsert(List.of(a));

    assertThat(result).isEqualTo(new UpsertResult(0, 1, 0));
    assertThat(store.get(a.key()).orElseThrow().isDeleted()).isFalse();
  }

  @Test
  void sameKeyTwiceInOneCall_lastWins() {
    Task first = aTask(org, integration).title("first").build();
    Task second = first.toBuilder().title("second").build();

    store.upsert(List.of(first, second));

    assertThat(store.get(first.key()).orElseThrow().title()).isEqualTo("second");
  }

  @Test
  void emptyUpsert_doesNothing() {
    assertThat(store.upsert(List.of())).isEqualTo(UpsertResult.NONE);
  }

  @Test
  void list_neverShowsAnotherOrganizationsTasks() {
    Task mine = aTask(org, integration).build();
    Task theirs = aTask(TestTasks.anOrganization(), TestTasks.anIntegration()).build();
    store.upsert(List.of(mine, theirs));

    TaskSlice slice = store.list(TaskQuery.of(org, 100));

    assertThat(slice.tasks()).containsExactly(mine);
    assertThat(slice.hasMore()).isFalse();
  }

  @Test
  void list_filtersByIntegrationStatusAndUpdatedTime() {
    IntegrationId other = TestTasks.anIntegration();
    Task oldTodo = aTask(org, integration).updatedAt(T0).build();
    Task newDone =
        aTask(org, integration)
            .statusCategory(StatusCategory.DONE)
            .updatedAt(T0.plusSeconds(3600))
            .build();
    Task otherIntegration = aTask(org, other).updatedAt(T0.plusSeconds(7200)).build();
    store.upsert(List.of(oldTodo, newDone, otherIntegration));

    assertThat(store.list(TaskQuery.of(org, 10).withIntegration(integration)).tasks())
        .containsExactly(oldTodo, newDone);
    assertThat(store.list(TaskQuery.of(org, 10).withStatuses(Set.of(StatusCategory.DONE))).tasks())
        .containsExactly(newDone);
    assertThat(store.list(TaskQuery.of(org, 10).withUpdatedSince(T0.plusSeconds(3600))).tasks())
        .containsExactly(newDone, otherIntegration);
  }

  @Test
  void list_hidesDeletedTasksUnlessAsked() {
    Task kept = aTask(org, integration).build();
    Task gone = aTask(org, integration).build();
    store.upsert(List.of(kept, gone));
    store.markDeleted(integration, List.of(gone.externalId()), T0);

    List<Task> visible = store.list(TaskQuery.of(org, 10)).tasks();
    List<Task> all = store.list(TaskQuery.of(org, 10).withIncludeDeleted(true)).tasks();

    assertThat(visible).containsExactly(kept);
    assertThat(all).extracting(Task::externalId).contains(kept.externalId(), gone.externalId());
    assertThat(all).filteredOn(Task::isDeleted).extracting(Task::deletedAt).containsExactly(T0);
  }

  @Test
  void list_pagesWithCursors_coverEveryTaskOnceInUpdatedOrder() {
    List<Task> tasks = new ArrayList<>();
    IntStream.range(0, 25)
        .forEach(i -> tasks.add(aTask(org, integration).updatedAt(T0.plusSeconds(i / 3)).build()));
    store.upsert(tasks);

    List<Task> seen = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      TaskSlice slice = store.list(TaskQuery.of(org, 10).withCursor(cursor));
      seen.addAll(slice.tasks());
      cursor = slice.nextCursor();
      pages++;
    } while (cursor != null);

    assertThat(pages).isEqualTo(3);
    assertThat(seen).hasSize(25).containsExactlyInAnyOrderElementsOf(tasks);
    assertThat(seen).extracting(Task::updatedAt).isSorted();
  }

  @Test
  void list_withAForeignCursor_isRejected() {
    assertThatThrownBy(() -> store.list(TaskQuery.of(org, 10).withCursor("not-a-cursor!")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cursor");
  }

  @Test
  void markDeleted_marksOnlyActiveKnownTasks_andCountsThem() {
    Task a = aTask(org, integration).build();
    Task b = aTask(org, integration).build();
    store.upsert(List.of(a, b));
    Instant at = T0.plusSeconds(60);

    int first = store.markDeleted(integration, List.of(a.externalId(), "unknown"), at);
    int again = store.markDeleted(integration, List.of(a.externalId()), at.plusSeconds(1));

    assertThat(first).isEqualTo(1);
    assertThat(again).isZero();
    assertThat(store.get(a.key()).orElseThrow().deletedAt()).isEqualTo(at);
    assertThat(store.get(b.key()).orElseThrow().isDeleted()).isFalse();
  }

  @Test
  void activeExternalIds_pageThroughTheIntegrationsLiveTasks() {
    List<Task> tasks = new ArrayList<>();
    IntStream.range(0, 7).forEach(i -> tasks.add(aTask(org, integration).build()));
    store.upsert(tasks);
    store.upsert(List.of(aTask(org, TestTasks.anIntegration()).build()));
    store.markDeleted(integration, List.of(tasks.get(0).externalId()), T0);

    List<String> ids = new ArrayList<>();
    String cursor = null;
    do {
      ExternalIdPage page = store.activeExternalIds(integration, cursor, 3);
      assertThat(page.externalIds()).hasSizeLessThanOrEqualTo(3);
      ids.addAll(page.externalIds());
      cursor = page.nextCursor();
    } while (cursor != null);

    assertThat(ids)
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(
            tasks.subList(1, 7).stream().map(Task::externalId).toList());
    assertThat(store.countActive(integration)).isEqualTo(6);
  }

  @Test
  void deleteAll_removesOnlyThatIntegrationsTasks() {
    Task a = aTask(org, integration).build();
    Task other = aTask(org, TestTasks.anIntegration()).build();
    store.upsert(List.of(a, other));

    long removed = store.deleteAll(integration);

    assertThat(removed).isEqualTo(1);
    assertThat(store.get(a.key())).isEmpty();
    assertThat(store.get(other.key())).isPresent();
  }
}
