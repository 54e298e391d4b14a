package io.tasksync.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tasksync.app.config.AppConfig;
import io.tasksync.app.wiring.InMemoryStoreModule;
import io.tasksync.application.sync.Schedule;
import io.tasksync.application.sync.SyncWorkers;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.Provider;
import io.tasksync.domain.RunKind;
import io.tasksync.port.out.SyncStateStore;
import io.tasksync.port.out.TaskStore;
import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SchedulerTest {

  @Test
  void connectedIntegration_getsPeriodicIncrementalAndReconcileRuns() {
    AppConfig base = TestApp.config();
    AppConfig config =
        new AppConfig(
            0,
            base.publicBaseUrl(),
            base.apiKeys(),
            base.tinkKeyset(),
            base.providers(),
            null,
            new Schedule(2, Duration.ofMillis(150), Duration.ofMillis(400), Duration.ofMillis(50)),
            false);
    FakeProvider fake = new FakeProvider(Provider.ASANA, URI.create("http://127.0.0.1:9/c"), 8);
    Set<RunKind> kinds = new HashSet<>();

    try (TestApp app = TestApp.start(fake, config, new InMemoryStoreModule())) {
      IntegrationId id = Connecting.connect(app, TestApp.KEY_A);
      await()
          .atMost(Duration.ofSeconds(10))
          .until(
              () -> {
                app.get(SyncStateStore.class).get(id).ifPresent(s -> kinds.add(s.runKind()));
                return kinds.containsAll(Set.of(RunKind.INCREMENTAL, RunKind.RECONCILE));
              });
      assertThat(app.get(TaskStore.class).countActive(id)).isEqualTo(8);
    }

    assertThat(fake.fetches.get()).isGreaterThanOrEqualTo(3);
  }

  @Test
  void incrementalRunThatMissedDeletions_isFollowedByAReconcileRun() {
    FakeProvider fake = new FakeProvider(Provider.ASANA, URI.create("http://127.0.0.1:9/c"), 8);

    try (TestApp app = TestApp.start(fake, TestApp.config(), new InMemoryStoreModule())) {
      IntegrationId id = Connecting.connect(app, TestApp.KEY_A);
      await().until(() -> !app.get(SyncWorkers.class).isQueued(id));
      fake.incrementalMissesDeletions = true;

      app.post("/api/integrations/" + id + "/sync", TestApp.KEY_A, "");

      await().atMost(Duration.ofSeconds(10)).until(() -> fake.kinds.contains(RunKind.RECONCILE));
      assertThat(fake.kinds)
          .containsExactly(RunKind.INITIAL, RunKind.INCREMENTAL, RunKind.RECONCILE);
    }
  }
}
