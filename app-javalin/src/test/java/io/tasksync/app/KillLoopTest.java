package io.tasksync.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.LeaseOwner;
import io.tasksync.domain.SyncState;
import io.tasksync.domain.SyncStatus;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operator's kill loop, in CI: the app runs as a real process (non-demo, Firestore emulator,
 * Asana stand-in), is SIGKILLed mid-import several times and restarted with the same instance id
 * each time; every restart takes back its dead predecessor's live lease at once and resumes the
 * run, and the import ends with exactly the stand-in's tasks.
 */
class KillLoopTest {

  private static final int TASKS = 3000;
  private static final Logger log = LoggerFactory.getLogger(KillLoopTest.class);
  private static final int KILLS = 3;
  private static final String INSTANCE = "kill-loop-worker";

  @Test
  @Timeout(value = 360)
  void sigkillMidImport_restartWithTheSameIdentity_resumesAtOnce_andLosesOrDoublesNothing()
      throws Exception {
    try (AsanaStandIn asana =
            AsanaStandIn.start(AsanaStandInConfig.defaults().withTaskCount(TASKS));
        Deployment deployment = Deployment.start("kill-loop").withAsana(asana)) {
      IntegrationId id = deployment.seedAsana(asana, TestApp.ORG_A);

      ChildApp app = deployment.startInstance(INSTANCE);
      assertThat(app.post("/api/integrations/" + id + "/sync", TestApp.KEY_A, "").statusCode())
          .isEqualTo(202);

      for (int kill = 1; kill <= KILLS; kill++) {
        long threshold = (long) TASKS * (kill * 25 - 5) / 100;
        Deployment.store("import past " + threshold + " tasks before kill " + kill)
            .until(() -> deployment.stores.taskStore().countActive(id) >= threshold);
        SyncState beforeKill = deployment.stores.syncStateStore().get(id).orElseThrow();
        assertThat(beforeKill.status())
            .as("the import is still running at kill %d (slow the stand-in if not)", kill)
            .isEqualTo(SyncStatus.RUNNING);
        assertThat(app.counter("tasksync_lease_conflicts_total")).isZero();
        app.kill();

        app = deployment.startInstance(INSTANCE);
        Instant up = Instant.now();
        String dead = beforeKill.lease().owner();
        SyncState resumed = awaitTakeover(deployment, id, dead);
        log.info(
            "kill {} at {} stored tasks: the restarted app took the lease {} ms after it was up",
            kill,
            beforeKill.progress().fetched(),
            Duration.between(up, Instant.now()).toMillis());
        assertThat(Instant.now())
            .as("the restarted process took the lease while the dead one was still live")
            .isBefore(beforeKill.lease().expiresAt());
        assertThat(LeaseOwner.parse(resumed.lease().owner()).instance()).isEqualTo(INSTANCE);
        assertThat(resumed.startedAt()).isEqualTo(beforeKill.startedAt());
        assertThat(resumed.progress().fetched())
            .isGreaterThanOrEqualTo(beforeKill.progress().fetched());
      }
      ChildApp last = app;
      Deployment.store("the import ends")
          .until(
              () ->
                  deployment.stores.syncStateStore().get(id).orElseThrow().status()
                      != SyncStatus.RUNNING);

      SyncState end = deployment.stores.syncStateStore().get(id).orElseThrow();
      assertThat(end.status()).isEqualTo(SyncStatus.SUCCEEDED);
      assertThat(end.lastError()).isNull();
      assertThat(last.counter("tasksync_lease_conflicts_total")).isZero();
      List<String> stored = deployment.activeIds(id);
      Set<String> expected = new HashSet<>();
      LongStream.range(0, TASKS).forEach(i -> expected.add(asana.taskGid(i)));
      assertThat(stored).doesNotHaveDuplicates().hasSize(TASKS);
      assertThat(new HashSet<>(stored)).isEqualTo(expected);
      assertThat(asana.liveTaskCount()).isEqualTo(TASKS);
    }
  }

  private static SyncState awaitTakeover(Deployment deployment, IntegrationId id, String dead) {
    return Deployment.store("the restarted app takes back the lease of " + dead)
        .until(
            () -> deployment.stores.syncStateStore().get(id),
            s -> s.isPresent() && s.get().lease() != null && !s.get().lease().owner().equals(dead))
        .orElseThrow();
  }
}
