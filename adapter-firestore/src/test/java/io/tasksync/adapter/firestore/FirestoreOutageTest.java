package io.tasksync.adapter.firestore;

import static io.tasksync.port.out.TestTasks.aTask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.tasksync.application.Backoff;
import io.tasksync.application.SyncObserver;
import io.tasksync.application.SyncSettings;
import io.tasksync.application.SyncTasksService;
import io.tasksync.domain.DeletionGuard;
import io.tasksync.domain.EncryptedCredentials;
import io.tasksync.domain.Integration;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.OrganizationId;
import io.tasksync.domain.Provider;
import io.tasksync.domain.RunKind;
import io.tasksync.domain.SyncState;
import io.tasksync.domain.SyncStatus;
import io.tasksync.domain.Task;
import io.tasksync.port.in.SyncOutcome;
import io.tasksync.port.in.SyncReport;
import io.tasksync.port.in.SyncTasksCommand;
import io.tasksync.port.out.StoreUnavailableException;
import io.tasksync.port.out.TestTasks;
import io.tasksync.port.out.TokenSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Firestore going away: a clear store failure within a bounded time, never a hang. */
@ExtendWith(FirestoreEmulatorExtension.class)
class FirestoreOutageTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(2);

  @BeforeAll
  static void needsAnEmulatorOfItsOwn() {
    Assumptions.assumeTrue(
        FirestoreEmulator.canStartDedicated(),
        "outage tests skipped: they stop an emulator of their own, and its jar is absent");
  }

  @Test
  void storeCalls_afterTheEmulatorStopped_failClearlyWithinTheTimeout() {
    try (FirestoreEmulator emulator = FirestoreEmulator.startDedicated();
        FirestoreStores stores = storesOn(emulator)) {
      OrganizationId org = TestTasks.anOrganization();
      IntegrationId integration = TestTasks.anIntegration();
      stores.taskStore().upsert(List.of(aTask(org, integration).build()));
      List<Task> more =
          IntStream.range(0, 5).mapToObj(i -> aTask(org, integration).build()).toList();
      emulator.stop();

      long start = System.nanoTime();
      StoreUnavailableException upsertFailure =
          catchThrowableOfType(
              StoreUnavailableException.class, () -> stores.taskStore().upsert(more));
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      StoreUnavailableException readFailure =
          catchThrowableOfType(
              StoreUnavailableException.class, () -> stores.taskStore().get(more.get(0).key()));

      assertThat(upsertFailure.notWritten()).isEqualTo(5);
      assertThat(upsertFailure)
          .hasMessageContaining("5 of them were not written")
          .hasMessageContaining(emulator.host());
      assertThat(took).isLessThan(TIMEOUT.plusSeconds(5));
      assertThat(readFailure).hasMessageContaining("reading a task");
    }
  }

  @Test
  void syncWhoseStoreStopsBetweenPages_failsClearly_andKeepsTheCheckpointOfTheLastStoredPage() {
    try (FirestoreEmulator taskEmulator = FirestoreEmulator.startDedicated();
        FirestoreStores taskStores = storesOn(taskEmulator);
        FirestoreStores stateStores =
            FirestoreStores.create(FirestoreEmulator.shared().newProjectConfig())) {
      Integration integration = anIntegration();
      stateStores.integrationStore().save(integration);
      ScriptedTaskProvider provider =
          new ScriptedTaskProvider(4, 50, page -> stopAtThirdPage(page, taskEmulator));
      SyncTasksService service =
          new SyncTasksService(
              stateStores.integrationStore(),
              stateStores.syncStateStore(),
              taskStores.taskStore(),
              List.of(provider),
              id -> TokenSource.fixed("token"),
              settings(),
              Clock.systemUTC(),
              wait -> {},
              SyncObserver.NONE);

      SyncReport report = service.sync(new SyncTasksCommand(integration.id(), RunKind.INITIAL));
      SyncState saved = stateStores.syncStateStore().get(integration.id()).orElseThrow();

      assertThat(report.outcome()).isEqualTo(SyncOutcome.PARTIAL);
      assertThat(report.error().message())
          .contains("50 of them were not written")
          .contains(taskEmulator.host());
      assertThat(saved.status()).isEqualTo(SyncStatus.PARTIAL);
      assertThat(saved.checkpoint().cursor()).isEqualTo(ScriptedTaskProvider.checkpointAfter(1));
      assertThat(saved.progress().created()).isEqualTo(100);
    }
  }

  private static void stopAtThirdPage(int page, FirestoreEmulator emulator) {
    if (page == 2) {
      emulator.stop();
    }
  }

  /** Stores with a short timeout, on an emulator first warmed up with the default timeout. */
  private static FirestoreStores storesOn(FirestoreEmulator emulator) {
    try (FirestoreStores warmUp =
        FirestoreStores.create(
            FirestoreConfig.emulator(FirestoreEmulator.newProjectId(), emulator.host()))) {
      warmUp.taskStore().upsert(List.of(TestTasks.aTask().build()));
    }
    return FirestoreStores.create(
        FirestoreConfig.emulator(FirestoreEmulator.newProjectId(), emulator.host())
            .withRequestTimeout(TIMEOUT));
  }

  private static Integration anIntegration() {
    return Integration.connected(
        TestTasks.anIntegration(),
        TestTasks.anOrganization(),
        Provider.ASANA,
        new EncryptedCredentials("key-1", "sealed"),
        List.of(),
        Instant.now());
  }

  private static SyncSettings settings() {
    return new SyncSettings(
        "worker-1",
        Duration.ofMinutes(2),
        2,
        Backoff.of(Duration.ofMillis(10), Duration.ofMillis(10)),
        Duration.ofSeconds(1),
        1,
        DeletionGuard.DEFAULT,
        100);
  }
}
