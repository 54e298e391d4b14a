package io.tasksync.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.LeaseOwner;
import io.tasksync.domain.SyncState;
import io.tasksync.domain.SyncStatus;
import io.tasksync.port.in.SyncOutcome;
import io.tasksync.port.out.RunRecord;
import io.tasksync.sandbox.asana.AsanaStandIn;
import io.tasksync.sandbox.asana.AsanaStandInConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two app processes (distinct instance ids) on one Firestore emulator: instance A is SIGKILLed in
 * the middle of an import; B takes the run over once A's lease has expired (a short {@code
 * TASKSYNC_SYNC_LEASE}), resumes it from the checkpoint, and the store ends with exactly the
 * stand-in's tasks, each once.
 */
class TakeoverTest {

  private static final int TASKS = 1500;
  private static final Duration LEASE = Duration.ofSeconds(8);

  @Test
  @Timeout(value = 240)
  void instanceKilledMidImport_otherInstanceTakesOverAfterTheLease_andLosesOrDoublesNothing()
      throws Exception {
    try (AsanaStandIn asana =
            AsanaStandIn.start(AsanaStandInConfig.defaults().withTaskCount(TASKS));
        Deployment deployment =
            Deployment.start("takeover")
                .withAsana(asana)
                .with("TASKSYNC_SYNC_LEASE", LEASE.toSeconds() + "s")
                .with("TASKSYNC_SYNC_INTERVAL", "10s")) {
      IntegrationId id = deployment.seedAsana(asana, TestApp.ORG_A);
      ChildApp a = deployment.startInstance("takeover-a");
      deployment.startInstance("takeover-b");
      assertThat(a.post("/api/integrations/" + id + "/sync", TestApp.KEY_A, "").statusCode())
          .isEqualTo(202);

      Deployment.store("A imports a fifth of the tasks")
          .until(() -> deployment.stores.taskStore().countActive(id) >= TASKS / 5);
      SyncState beforeKill = deployment.stores.syncStateStore().get(id).orElseThrow();
      assertThat(beforeKill.status())
          .as("the import is still running at the kill (slow the stand-in if not)")
          .isEqualTo(SyncStatus.RUNNING);
      assertThat(LeaseOwner.parse(beforeKill.lease().owner()).instance()).isEqualTo("takeover-a");
      a.kill();

      SyncState taken =
          Deployment.store("B takes the lease over")
              .atMost(Duration.ofSeconds(120))
              .until(
                  () -> deployment.stores.syncStateStore().get(id).orElseThrow(),
                  s -> s.lease() != null && !s.lease().owner().equals(beforeKill.lease().owner()));
      Instant takenAt = Instant.now();
      assertThat(LeaseOwner.parse(taken.lease().owner()).instance()).isEqualTo("takeover-b");
      assertThat(takenAt).isAfterOrEqualTo(beforeKill.lease().expiresAt());
      assertThat(taken.startedAt()).isEqualTo(beforeKill.startedAt());

      Deployment.store("B ends the import")
          .atMost(Duration.ofSeconds(120))
          .until(
              () ->
                  deployment.stores.syncStateStore().get(id).orElseThrow().status()
                      != SyncStatus.RUNNING);
      SyncState end = deployment.stores.syncStateStore().get(id).orElseThrow();
      assertThat(end.status()).isEqualTo(SyncStatus.SUCCEEDED);

      List<String> stored = deployment.activeIds(id);
      Set<String> expected = new HashSet<>();
      LongStream.range(0, TASKS).forEach(i -> expected.add(asana.taskGid(i)));
      assertThat(stored).doesNotHaveDuplicates().hasSize(TASKS);
      assertThat(new HashSet<>(stored)).isEqualTo(expected);

      List<RunRecord> runs =
          Deployment.store("B's run is in the history")
              .until(() -> deployment.stores.runHistoryStore().recent(id, 10), r -> !r.isEmpty());
      RunRecord resumed = runs.get(runs.size() - 1);
      assertThat(resumed.instanceId()).isEqualTo("takeover-b");
      assertThat(resumed.resumed()).isTrue();
      assertThat(resumed.outcome()).isEqualTo(SyncOutcome.SUCCEEDED);
      assertThat(resumed.startedAt()).isAfterOrEqualTo(beforeKill.lease().expiresAt());
    }
  }
}
