package io.tasksync.adapter.linear;

import static org.assertj.core.api.Assertions.assertThat;

import io.tasksync.application.SyncObserver;
import io.tasksync.application.SyncSettings;
import io.tasksync.application.SyncTasksService;
import io.tasksync.application.memory.InMemoryIntegrationStore;
import io.tasksync.application.memory.InMemorySyncStateStore;
import io.tasksync.application.memory.InMemoryTaskStore;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.Provider;
import io.tasksync.domain.RunKind;
import io.tasksync.domain.StatusCategory;
import io.tasksync.domain.SyncProgress;
import io.tasksync.domain.Task;
import io.tasksync.domain.TaskKey;
import io.tasksync.port.in.SyncOutcome;
import io.tasksync.port.in.SyncReport;
import io.tasksync.port.in.SyncTasksCommand;
import io.tasksync.port.out.TokenSource;
import io.tasksync.sandbox.linear.LinearStandIn;
import io.tasksync.sandbox.linear.LinearStandInConfig;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The adapter under the real sync service, against the stand-in. */
class LinearSyncTest {

  private LinearStandIn standIn;
  private final InMemoryIntegrationStore integrations = new InMemoryIntegrationStore();
  private final InMemoryTaskStore tasks = new InMemoryTaskStore();
  private final IntegrationId id = LinearTestSupport.integration().id();
  private final AtomicInteger pagesStored = new AtomicInteger();

  @BeforeEach
  void start() {
    standIn = LinearStandIn.start(LinearStandInConfig.defaults().withWorkspace(21, 100));
    integrations.save(LinearTestSupport.integration());
  }

  @AfterEach
  void stop() {
    standIn.close();
  }

  private SyncTasksService service(int pageSize, SyncObserver observer) {
    String token = standIn.issueToken().accessToken();
    LinearAdapters adapters =
        LinearTestSupport.adapters(LinearTestSupport.configFor(standIn).withPageSize(pageSize));
    return new SyncTasksService(
        integrations,
        new InMemorySyncStateStore(),
        tasks,
        List.of(adapters.taskProvider()),
        integration -> TokenSource.fixed(token),
        SyncSettings.defaults("test-worker"),
        Clock.systemUTC(),
        d -> {},
        observer);
  }

  private Task stored(String externalId) {
    return tasks.get(new TaskKey(id, externalId)).orElseThrow();
  }

  @Test
  void runInterruptedByA503_resumesAtItsCheckpointAndStoresEveryIssueOnce() {
    SyncObserver failOnceAfterTwoPages =
        new SyncObserver() {
          @Override
          public void pageStored(IntegrationId integration, Provider provider, SyncProgress page) {
            if (pagesStored.incrementAndGet() == 2) {
              standIn.failNext(1, 503);
            }
          }
        };

    SyncReport report =
        service(15, failOnceAfterTwoPages).sync(new SyncTasksCommand(id, RunKind.INITIAL));

    assertThat(report.outcome()).isEqualTo(SyncOutcome.SUCCEEDED);
    assertThat(standIn.graphQlRequests()).as("7 pages and the failed one").isEqualTo(8);
    assertThat(report.progress().fetched()).isEqualTo(100);
    assertThat(report.progress().created()).isEqualTo(100);
    assertThat(tasks.countActive(id)).isEqualTo(100 - archivedCount());
  }

  @Test
  void incrementalRun_picksUpCreatedCompletedAndDeletedIssues() {
    SyncTasksService service = service(25, SyncObserver.NONE);
    service.sync(new SyncTasksCommand(id, RunKind.INITIAL));
    String created = standIn.createIssue("Brand new");
    String completed = standIn.issueId(4);
    String deleted = standIn.issueId(5);
    standIn.completeIssue(completed);
    standIn.deleteIssue(deleted);

    SyncReport report = service.sync(new SyncTasksCommand(id, RunKind.INCREMENTAL));

    assertThat(report.kind()).isEqualTo(RunKind.INCREMENTAL);
    assertThat(report.progress().fetched()).isEqualTo(3);
    assertThat(stored(created).title()).isEqualTo("Brand new");
    assertThat(stored(completed).statusCategory()).isEqualTo(StatusCategory.DONE);
    assertThat(stored(deleted).isDeleted()).isTrue();
  }

  @Test
  void largestPageSize_staysWithinLinearsQueryComplexityLimit() {
    SyncReport report =
        service(250, SyncObserver.NONE).sync(new SyncTasksCommand(id, RunKind.INITIAL));

    assertThat(report.outcome()).isEqualTo(SyncOutcome.SUCCEEDED);
    assertThat(standIn.complexityUsed() / standIn.graphQlRequests()).isLessThanOrEqualTo(10_000);
  }

  private int archivedCount() {
    int archived = 0;
    for (int i = 0; i < 100; i++) {
      archived += standIn.isArchived(i) ? 1 : 0;
    }
    return archived;
  }
}
