package io.tasksync.adapter.clickup;

import static org.assertj.core.api.Assertions.assertThat;

import io.tasksync.application.Backoff;
import io.tasksync.application.SyncObserver;
import io.tasksync.application.SyncSettings;
import io.tasksync.application.SyncTasksService;
import io.tasksync.application.memory.InMemoryIntegrationStore;
import io.tasksync.application.memory.InMemorySyncStateStore;
import io.tasksync.application.memory.InMemoryTaskStore;
import io.tasksync.domain.DeletionGuard;
import io.tasksync.domain.RunKind;
import io.tasksync.port.in.SyncOutcome;
import io.tasksync.port.in.SyncReport;
import io.tasksync.port.in.SyncTasksCommand;
import io.tasksync.port.out.TokenSource;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An import interrupted by ClickUp failures resumes at its checkpoint through the sync service. */
class ClickUpSyncResumeTest {

  private ClickUpSandbox sandbox;
  private final InMemoryTaskStore store = new InMemoryTaskStore();
  private SyncTasksService sync;

  @BeforeEach
  void start() {
    sandbox = ClickUpSandbox.fast();
    InMemoryIntegrationStore integrations = new InMemoryIntegrationStore();
    integrations.save(sandbox.integration);
    TokenSource tokens = TokenSource.fixed(sandbox.standIn.issueToken());
    SyncSettings oneAttempt =
        new SyncSettings(
            "test",
            Duration.ofMinutes(1),
            1,
            Backoff.of(Duration.ofMillis(1), Duration.ofMillis(1)),
            Duration.ofSeconds(1),
            0,
            DeletionGuard.DEFAULT,
            100);
    sync =
        new SyncTasksService(
            integrations,
            new InMemorySyncStateStore(),
            store,
            List.of(sandbox.adapters.taskProvider()),
            id -> tokens,
            oneAttempt,
            Clock.systemUTC(),
            d -> {},
            SyncObserver.NONE);
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void interruptedImport_resumesWithEveryTaskCreatedExactlyOnce() {
    SyncTasksCommand initial = new SyncTasksCommand(sandbox.integration.id(), RunKind.INITIAL);
    sandbox.standIn.failAfter(32, 1, 503);

    SyncReport failed = sync.sync(initial);
    SyncReport resumed = sync.sync(initial);

    assertThat(failed.outcome()).isIn(SyncOutcome.FAILED, SyncOutcome.PARTIAL);
    assertThat(failed.progress().created()).isPositive().isLessThan(500);
    assertThat(resumed.outcome()).isEqualTo(SyncOutcome.SUCCEEDED);
    assertThat(resumed.resumed()).isTrue();
    assertThat(resumed.progress().created()).isEqualTo(500);
    assertThat(resumed.progress().updated()).isZero();
    assertThat(resumed.progress().unchanged()).isZero();
    assertThat(resumed.progress().fetched()).isEqualTo(500);
    assertThat(store.size()).isEqualTo(500);
  }
}
