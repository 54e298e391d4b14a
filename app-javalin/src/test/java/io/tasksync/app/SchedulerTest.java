package io.tasksync.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
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
import java.time.Instant;
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

  /**
   * Every RECONCILE an instance starts either fetches or meets the other's lease; claimed through
   * the shared sync state, the starts of both together are at most one per period (the claim moves
   * {@code nextReconcileAt} one period on), where each instance's own timer would start two.
   */
  @Test
  void twoInstancesOnOneStore_startOneReconcilePerPeriod() {
    SharedStoresModule stores = new SharedStoresModule();
    Duration period = Duration.ofMillis(400);
    FakeProvider fake = new FakeProvider(Provider.ASANA, URI.create("http://127.0.0.1:9/c"), 8);

    AppConfig shared = TestApp.config();

    try (TestApp a = TestApp.start(fake, reconcilingEvery(shared, period), stores);
        TestApp b = TestApp.start(fake, reconcilingEvery(shared, period), stores)) {
      Instant from = Instant.now();
      IntegrationId id = Connecting.connect(a, TestApp.KEY_A);
      await().atMost(Duration.ofSeconds(30)).until(() -> reconcileStarts(fake, a, b) >= 6);
      long started = reconcileStarts(fake, a, b);
      long periods = Duration.between(from, Instant.now()).toMillis() / period.toMillis();

      assertThat(started).isLessThanOrEqualTo(periods + 1);
      assertThat(stores.tasks.countActive(id)).isEqualTo(8);
    }
  }

  private static long reconcileStarts(FakeProvider fake, TestApp a, TestApp b) {
    long fetched = fake.kinds.stream().filter(RunKind.RECONCILE::equals).count();
    return fetched + (long) (leaseConflicts(a) + leaseConflicts(b));
  }

  private static double leaseConflicts(TestApp app) {
    return app.get(PrometheusMeterRegistry.class).counter("tasksync.lease.conflicts").count();
  }

  /** {@code base} with its own instance id, reconciling every {@code period}. */
  private static AppConfig reconcilingEvery(AppConfig base, Duration period) {
    return new AppConfig(
        0,
        base.publicBaseUrl(),
        base.apiKeys(),
        base.tinkKeyset(),
        base.providers(),
        null,
        new Schedule(2, Duration.ofHours(1), period, Duration.ofMillis(50)),
        false);
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
