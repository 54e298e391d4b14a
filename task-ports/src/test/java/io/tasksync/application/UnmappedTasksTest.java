package io.tasksync.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.tasksync.application.memory.InMemoryIntegrationStore;
import io.tasksync.application.memory.InMemorySyncStateStore;
import io.tasksync.application.memory.InMemoryTaskStore;
import io.tasksync.domain.EncryptedCredentials;
import io.tasksync.domain.ErrorCategory;
import io.tasksync.domain.Integration;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.OrganizationId;
import io.tasksync.domain.Provider;
import io.tasksync.domain.RunKind;
import io.tasksync.domain.SyncState;
import io.tasksync.domain.SyncStatus;
import io.tasksync.domain.Task;
import io.tasksync.domain.Workspace;
import io.tasksync.port.in.SyncOutcome;
import io.tasksync.port.in.SyncReport;
import io.tasksync.port.in.SyncTasksCommand;
import io.tasksync.port.out.FetchRequest;
import io.tasksync.port.out.TaskPage;
import io.tasksync.port.out.TaskProvider;
import io.tasksync.port.out.TestTasks;
import io.tasksync.port.out.TokenSource;
import io.tasksync.port.out.UnmappedTask;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A page that carries tasks its provider could not map: counted, named, skipped, rest stored. */
class UnmappedTasksTest {

  private static final Instant T0 = Instant.parse("2026-05-01T10:00:00Z");

  private final MutableClock clock = new MutableClock(T0);
  private final InMemoryIntegrationStore integrations = new InMemoryIntegrationStore();
  private final InMemorySyncStateStore states = new InMemorySyncStateStore();
  private final InMemoryTaskStore tasks = new InMemoryTaskStore();
  private final OrganizationId org = OrganizationId.of("org-1");
  private final IntegrationId id = IntegrationId.of("int-1");

  @BeforeEach
  void connect() {
    integrations.save(
        Integration.connected(
            id, org, Provider.ASANA, new EncryptedCredentials("k", "c"), List.of(), T0));
  }

  @Test
  void pageWithUnmappableTasks_storesTheOthers_countsAndNamesTheSkipped_andEndsPartial() {
    List<Task> first = List.of(task("a"), task("b"));
    List<Task> second = List.of(task("c"));
    List<TaskPage> pages =
        List.of(
            new TaskPage(first, List.of(), "p0", false)
                .withUnmapped(
                    List.of(
                        new UnmappedTask("odd-1", "status is not an object"),
                        new UnmappedTask(null, "no id"))),
            TaskPage.of(second, "p1"));

    SyncReport report = sync(pages, RunKind.INITIAL);

    assertThat(report.outcome()).isEqualTo(SyncOutcome.PARTIAL);
    assertThat(report.progress().failed()).isEqualTo(2);
    assertThat(report.progress().created()).isEqualTo(3);
    assertThat(report.progress().fetched()).isEqualTo(5);
    assertThat(tasks.countActive(id)).isEqualTo(3);
    SyncState state = states.get(id).orElseThrow();
    assertThat(state.status()).isEqualTo(SyncStatus.PARTIAL);
    assertThat(state.lastError().category()).isEqualTo(ErrorCategory.BUG);
    assertThat(state.lastError().message())
        .contains("2 tasks could not be read")
        .contains("odd-1 (status is not an object)")
        .contains("(no id) (no id)");
    assertThat(state.checkpoint().hasUnfinishedRun()).isFalse();
  }

  @Test
  void storedTaskThatNoLongerMaps_isKeptByTheFullListing_notMarkedDeleted() {
    Task kept = task("k");
    sync(List.of(TaskPage.of(List.of(kept, task("x")), "p0")), RunKind.INITIAL);

    SyncReport report =
        sync(
            List.of(
                TaskPage.of(List.of(task("x")), "p0")
                    .withUnmapped(List.of(new UnmappedTask("k", "due_on is not a date")))),
            RunKind.RECONCILE);

    assertThat(report.outcome()).isEqualTo(SyncOutcome.PARTIAL);
    assertThat(report.progress().deleted()).isZero();
    assertThat(tasks.get(kept.key()).orElseThrow().isDeleted()).isFalse();
  }

  @Test
  void pagesThatMapWhole_endSucceeded_withNothingFailed() {
    SyncReport report = sync(List.of(TaskPage.of(List.of(task("a")), "p0")), RunKind.INITIAL);

    assertThat(report.outcome()).isEqualTo(SyncOutcome.SUCCEEDED);
    assertThat(report.progress().failed()).isZero();
    assertThat(states.get(id).orElseThrow().lastError()).isNull();
  }

  private Task task(String externalId) {
    return Task.builder(org, id, Provider.ASANA, externalId)
        .title("Task " + externalId)
        .statusCategory(TestTasks.aTask().build().statusCategory())
        .updatedAt(T0)
        .build();
  }

  private SyncReport sync(List<TaskPage> pages, RunKind kind) {
    TaskProvider provider =
        new TaskProvider() {
          @Override
          public Provider provider() {
            return Provider.ASANA;
          }

          @Override
          public Stream<TaskPage> fetch(FetchRequest request) {
            return pages.stream();
          }

          @Override
          public List<Workspace> workspaces(TokenSource tokens) {
            return List.of(new Workspace("ws-1", "Fixed"));
          }
        };
    SyncTasksService service =
        new SyncTasksService(
            integrations,
            states,
            tasks,
            List.of(provider),
            integrationId -> TokenSource.fixed("token"),
            SyncSettings.defaults("w1"),
            clock,
            d -> clock.advance(d),
            SyncObserver.NONE);
    return service.sync(new SyncTasksCommand(id, kind));
  }
}
