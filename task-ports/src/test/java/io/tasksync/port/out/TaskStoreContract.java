package io.tasksync.port.out;

import static io.tasksync.port.out.TestTasks.T0;
import static io.tasksync.port.out.TestTasks.aFullTask;
import static io.tasksync.port.out.TestTasks.aTask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.OrganizationId;
import io.tasksync.domain.Person;
import io.tasksync.domain.Provider;
import io.tasksync.domain.StatusCategory;
import io.tasksync.domain.Task;
import io.tasksync.domain.TaskDate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
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
        .containsExactlyInAnyOrder(oldTodo, newDone);
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
  void list_pagesWithCursors_coverEveryTaskOnce() {
    List<Task> tasks = new ArrayList<>();
    IntStream.range(0, 25)
        .forEach(i -> tasks.add(aTask(org, integration).updatedAt(T0.plusSeconds(i / 3)).build()));
    store.upsert(tasks);

    List<Task> seen = walk(TaskQuery.of(org, 10), () -> {});

    assertThat(seen).hasSize(25).containsExactlyInAnyOrderElementsOf(tasks);
  }

  @Test
  void list_updatedSinceWalk_followsUpdatedTime() {
    List<Task> tasks = new ArrayList<>();
    IntStream.range(0, 25)
        .forEach(i -> tasks.add(aTask(org, integration).updatedAt(T0.plusSeconds(i / 3)).build()));
    store.upsert(tasks);

    List<Task> seen = walk(TaskQuery.of(org, 10).withUpdatedSince(T0), () -> {});

    assertThat(seen).hasSize(25).containsExactlyInAnyOrderElementsOf(tasks);
    assertThat(seen).extracting(Task::updatedAt).isSorted();
  }

  @Test
  void list_whileTasksAreUpdatedBetweenPages_listsEveryTaskExactlyOnce() {
    List<Task> tasks = new ArrayList<>();
    IntStream.range(0, 40)
        .forEach(i -> tasks.add(aTask(org, integration).updatedAt(T0.plusSeconds(i)).build()));
    store.upsert(tasks);
    AtomicInteger round = new AtomicInteger();

    List<Task> seen =
        walk(
            TaskQuery.of(org, 6),
            () -> {
              int r = round.incrementAndGet();
              List<Task> changed = new ArrayList<>();
              for (Task t : tasks) {
                changed.add(
                    t.toBuilder().title("edit " + r).updatedAt(T0.plusSeconds(1000L * r)).build());
              }
              store.upsert(changed);
            });

    assertThat(seen).extracting(Task::externalId).doesNotHaveDuplicates().hasSize(40);
  }

  @Test
  void list_whileAnotherThreadUpdatesTasks_listsEveryTaskExactlyOnce() throws Exception {
    List<Task> tasks = new ArrayList<>();
    IntStream.range(0, 60)
        .forEach(i -> tasks.add(aTask(org, integration).updatedAt(T0.plusSeconds(i)).build()));
    store.upsert(tasks);
    AtomicBoolean walking = new AtomicBoolean(true);
    Semaphore updated = new Semaphore(0);
    Thread writer =
        new Thread(
            () -> {
              int r = 0;
              while (walking.get()) {
                r++;
                Task t = tasks.get(r % tasks.size());
                store.upsert(
                    List.of(
                        t.toBuilder()
                            .title("edit " + r)
                            .updatedAt(T0.plusSeconds(5000L + r))
                            .build()));
                updated.release();
              }
            });
    writer.start();
    List<Task> seen;
    try {
      updated.acquire();
      seen = walk(TaskQuery.of(org, 5), () -> updated.acquireUninterruptibly(2));
    } finally {
      walking.set(false);
      writer.join();
    }

    assertThat(seen).extracting(Task::externalId).doesNotHaveDuplicates().hasSize(60);
  }

  @Test
  void list_filtersByProviderAssigneeTitleWordAndDueDay() {
    Task ada =
        aTask(org, integration)
            .title("Fix the Login-page bug")
            .assignees(List.of(Person.of("u-1", "Ada Lovelace", "ada@example.com")))
            .dueDate(TaskDate.onDay(LocalDate.parse("2026-06-10")))
            .build();
    Task bob =
        aTask(org, integration)
            .title("Write release notes")
            .assignees(List.of(Person.of("u-2", "Bob", null)))
            .dueDate(TaskDate.at(Instant.parse("2026-06-20T23:30:00Z")))
            .build();
    Task linear =
        Task.builder(org, TestTasks.anIntegration(), Provider.LINEAR, "lin-1")
            .title("Login flow")
            .statusCategory(StatusCategory.TODO)
            .updatedAt(T0)
            .build();
    store.upsert(List.of(ada, bob, linear));
    TaskQuery all = TaskQuery.of(org, 50);

    assertThat(store.list(all.withProvider(Provider.LINEAR)).tasks()).containsExactly(linear);
    assertThat(store.list(all.withAssignee("ADA@example.com")).tasks()).containsExactly(ada);
    assertThat(store.list(all.withAssignee("u-2")).tasks()).containsExactly(bob);
    assertThat(store.list(all.withAssignee("bob")).tasks()).containsExactly(bob);
    assertThat(store.list(all.withTitleWord("LOG")).tasks()).containsExactlyInAnyOrder(ada, linear);
    assertThat(store.list(all.withTitleWord("page").withIntegration(integration)).tasks())
        .containsExactly(ada);
    assertThat(store.list(all.withTitleWord("ug")).tasks()).isEmpty();
    assertThat(store.list(all.withDue(LocalDate.parse("2026-06-10"), null)).tasks())
        .containsExactly(ada, bob);
    assertThat(
            store
                .list(all.withDue(null, LocalDate.parse("2026-06-19")).withIntegration(integration))
                .tasks())
        .containsExactly(ada);
    assertThat(
            store
                .list(all.withDue(LocalDate.parse("2026-06-20"), LocalDate.parse("2026-06-20")))
                .tasks())
        .containsExactly(bob);
  }

  @Test
  void list_pagesADueRange_inDueDayOrder() {
    List<Task> tasks = new ArrayList<>();
    IntStream.range(0, 12)
        .forEach(
            i ->
                tasks.add(
                    aTask(org, integration)
                        .dueDate(TaskDate.onDay(LocalDate.parse("2026-07-01").plusDays(i % 4)))
                        .build()));
    store.upsert(tasks);

    List<Task> seen =
        walk(TaskQuery.of(org, 5).withDue(LocalDate.parse("2026-07-01"), null), () -> {});

    assertThat(seen).hasSize(12).containsExactlyInAnyOrderElementsOf(tasks);
    assertThat(seen).extracting(t -> t.dueDate().day()).isSorted();
  }

  @Test
  void filtersThatDoNotCombine_areRefused() {
    TaskQuery all = TaskQuery.of(org, 50);

    assertThatThrownBy(() -> all.withAssignee("a").withTitleWord("b"))
        .isInstanceOf(UnsupportedQueryException.class);
    assertThatThrownBy(() -> all.withProvider(Provider.ASANA).withIntegration(integration))
        .isInstanceOf(UnsupportedQueryException.class);
    assertThatThrownBy(() -> all.withUpdatedSince(T0).withDue(LocalDate.EPOCH, null))
        .isInstanceOf(UnsupportedQueryException.class);
    assertThatThrownBy(() -> all.withTitleWord("x").withDue(LocalDate.EPOCH, null))
        .isInstanceOf(UnsupportedQueryException.class);
    assertThatThrownBy(() -> all.withTitleWord("two words"))
        .isInstanceOf(UnsupportedQueryException.class);
  }

  /**
   * Every page of a query, running {@code betweenPages} after each page but the last; stops after
   * 200 pages, so a listing whose cursor never ends still fails on its count.
   */
  private List<Task> walk(TaskQuery query, Runnable betweenPages) {
    List<Task> seen = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      if (++pages > 200) {
        return seen;
      }
      TaskSlice slice = store.list(query.withCursor(cursor));
      seen.addAll(slice.tasks());
      cursor = slice.nextCursor();
      if (cursor != null) {
        betweenPages.run();
      }
    } while (cursor != null);
    return seen;
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
  void countDeletedSince_countsTheIntegrationsTasksDeletedAtOrAfterTheInstant() {
    List<Task> tasks = new ArrayList<>();
    IntStream.range(0, 5).forEach(i -> tasks.add(aTask(org, integration).build()));
    Task otherIntegrations = aTask(org, TestTasks.anIntegration()).build();
    Task upsertedDeleted = aTask(org, integration).deletedAt(T0.plusSeconds(20)).build();
    tasks.add(upsertedDeleted);
    store.upsert(tasks);
    store.upsert(List.of(otherIntegrations));
    Instant since = T0.plusSeconds(10);
    store.markDeleted(integration, List.of(tasks.get(0).externalId()), since.minusMillis(1));
    store.markDeleted(integration, List.of(tasks.get(1).externalId()), since);
    store.markDeleted(integration, List.of(tasks.get(2).externalId()), since.plusSeconds(30));
    store.markDeleted(
        otherIntegrations.integrationId(), List.of(otherIntegrations.externalId()), since);

    assertThat(store.countDeletedSince(integration, since)).hasValue(3);
    assertThat(store.countDeletedSince(integration, since.plusSeconds(31))).hasValue(0);
    assertThat(store.countDeletedSince(integration, T0)).hasValue(4);
  }

  @Test
  void countDeletedSince_forgetsATaskThatReappeared() {
    Task a = aTask(org, integration).build();
    store.upsert(List.of(a));
    store.markDeleted(integration, List.of(a.externalId()), T0);

    store.upsert(List.of(a.toBuilder().title("back").build()));

    assertThat(store.countDeletedSince(integration, T0)).hasValue(0);
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
