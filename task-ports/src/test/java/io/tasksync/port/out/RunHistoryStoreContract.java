package io.tasksync.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.tasksync.domain.ErrorCategory;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.Provider;
import io.tasksync.domain.RunKind;
import io.tasksync.domain.SyncError;
import io.tasksync.domain.SyncProgress;
import io.tasksync.port.in.SyncOutcome;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RunHistoryStore} must do; the store under test keeps 5 runs per integration.
 */
public abstract class RunHistoryStoreContract {

  protected static final int CAPACITY = 5;
  private static final Instant T0 = Instant.parse("2026-05-01T10:00:00Z");

  protected RunHistoryStore store;
  private IntegrationId integration;

  /** A store that keeps {@value #CAPACITY} runs per integration. */
  protected abstract RunHistoryStore createStore();

  @BeforeEach
  void setUpStore() {
    store = createStore();
    integration = TestTasks.anIntegration();
  }

  @Test
  void recent_listsTheRunsNewestFirst_withEveryField() {
    RunRecord failed =
        new RunRecord(
            UUID.randomUUID().toString(),
            integration,
            Provider.CLICKUP,
            RunKind.INCREMENTAL,
            SyncOutcome.PARTIAL,
            true,
            T0.plusSeconds(2060),
            T0.plusSeconds(2075).plusMillis(250),
            new SyncProgress(10, 2, 3, 4, 1, 0),
            new SyncError(ErrorCategory.TRANSIENT, "ClickUp answered 503", T0.plusSeconds(2075)),
            42,
            3,
            List.of("withheld 2 deletions"),
            1234,
            "tasksync-1");
    RunRecord first = run(integration, 0);
    store.append(first);
    store.append(failed);

    assertThat(store.recent(integration, 10)).containsExactly(failed, first);
  }

  @Test
  void append_keepsTheCapacity_droppingTheOldest() {
    List<RunRecord> runs =
        IntStream.range(0, CAPACITY + 3).mapToObj(i -> run(integration, i)).toList();
    runs.forEach(store::append);

    List<RunRecord> kept = store.recent(integration, 100);

    assertThat(kept).hasSize(CAPACITY);
    assertThat(kept.get(0)).isEqualTo(runs.get(runs.size() - 1));
    assertThat(kept).doesNotContain(runs.get(0), runs.get(1), runs.get(2));
    assertThat(store.capacity()).isEqualTo(CAPACITY);
  }

  @Test
  void recent_honoursTheLimit_andKeepsIntegrationsApart() {
    IntegrationId other = TestTasks.anIntegration();
    store.append(run(integration, 0));
    store.append(run(integration, 1));
    RunRecord theirs = run(other, 2);
    store.append(theirs);

    assertThat(store.recent(integration, 1))
        .extracting(RunRecord::finishedAt)
        .containsExactly(T0.plusSeconds(1000 + 10));
    assertThat(store.recent(other, 10)).containsExactly(theirs);
    assertThat(store.recent(TestTasks.anIntegration(), 10)).isEmpty();
  }

  @Test
  void appendingTheSameRunTwice_keepsOne() {
    RunRecord r = run(integration, 0);
    store.append(r);
    store.append(r);

    assertThat(store.recent(integration, 10)).containsExactly(r);
  }

  @Test
  void deleteAll_forgetsOnlyThatIntegrationsRuns() {
    IntegrationId other = TestTasks.anIntegration();
    store.append(run(integration, 0));
    RunRecord theirs = run(other, 1);
    store.append(theirs);

    store.deleteAll(integration);

    assertThat(store.recent(integration, 10)).isEmpty();
    assertThat(store.recent(other, 10)).containsExactly(theirs);
  }

  private static RunRecord run(IntegrationId id, int i) {
    return new RunRecord(
        UUID.randomUUID().toString(),
        id,
        Provider.ASANA,
        RunKind.INITIAL,
        SyncOutcome.SUCCEEDED,
        false,
        T0.plusSeconds(1000 + 10L * i - 5),
        T0.plusSeconds(1000 + 10L * i),
        new SyncProgress(100, 100, 0, 0, 0, 0),
        null,
        3,
        0,
        List.of(),
        100L * (i + 1),
        null);
  }
}
