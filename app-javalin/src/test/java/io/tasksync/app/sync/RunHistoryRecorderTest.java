package io.tasksync.app.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.tasksync.application.SyncObserver;
import io.tasksync.application.memory.InMemoryRunHistoryStore;
import io.tasksync.application.memory.InMemoryTaskStore;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.Provider;
import io.tasksync.domain.RunKind;
import io.tasksync.domain.SyncProgress;
import io.tasksync.port.in.SyncOutcome;
import io.tasksync.port.in.SyncReport;
import io.tasksync.port.out.ProviderCallObserver;
import io.tasksync.port.out.RunRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunHistoryRecorderTest {

  private final InMemoryRunHistoryStore history = new InMemoryRunHistoryStore();
  private final ProviderRequestCounts counts = new ProviderRequestCounts(ProviderCallObserver.NONE);
  private final RunHistoryRecorder recorder =
      new RunHistoryRecorder(
          SyncObserver.NONE, history, counts, new InMemoryTaskStore(), "tasksync-7");
  private final IntegrationId id = IntegrationId.of("int-1");

  @Test
  void aRun_isKeptWithTheRequestsAnd429sSentWhileItRan() {
    counts.requestCompleted(Provider.CLICKUP, "list", 200, Duration.ofMillis(5));
    recorder.runStarting(id, Provider.CLICKUP);
    counts.requestCompleted(Provider.CLICKUP, "list", 200, Duration.ofMillis(5));
    counts.requestCompleted(Provider.CLICKUP, "list", 429, Duration.ofMillis(5));
    counts.requestCompleted(Provider.ASANA, "list", 200, Duration.ofMillis(5));
    Instant start = Instant.parse("2026-05-01T10:00:00Z");
    SyncReport report =
        new SyncReport(
            id,
            SyncOutcome.SUCCEEDED,
            RunKind.INCREMENTAL,
            false,
            new SyncProgress(3, 1, 1, 1, 0, 0),
            null,
            List.of());

    recorder.runEnded(id, Provider.CLICKUP, report, start, start.plusSeconds(4));

    RunRecord run = history.recent(id, 10).get(0);
    assertThat(run.providerRequests()).isEqualTo(2);
    assertThat(run.rateLimitedRequests()).isEqualTo(1);
    assertThat(run.duration()).isEqualTo(Duration.ofSeconds(4));
    assertThat(run.progress().fetched()).isEqualTo(3);
    assertThat(run.instanceId()).isEqualTo("tasksync-7");
  }
}
