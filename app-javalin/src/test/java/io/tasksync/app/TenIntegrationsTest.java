package io.tasksync.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.OrganizationId;
import io.tasksync.domain.Provider;
import io.tasksync.domain.TaskKey;
import io.tasksync.port.out.RunHistoryStore;
import io.tasksync.port.out.RunRecord;
import io.tasksync.sandbox.asana.AsanaStandIn;
import io.tasksync.sandbox.asana.AsanaStandInConfig;
import io.tasksync.sandbox.linear.LinearStandIn;
import io.tasksync.sandbox.linear.LinearStandInConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Ten integrations (Asana and Linear, on their stand-ins) and two app processes on one Firestore
 * emulator, syncing on short schedules while the stand-ins' tasks change: every integration is
 * synced, by both instances between them, no two runs of one integration overlap (from the run
 * history the instances record), and the store ends equal to the stand-ins' workspaces.
 */
class TenIntegrationsTest {

  private static final int ASANA_TASKS = 40;
  private static final int LINEAR_ISSUES = 40;
  private static final int CHANGES = 24;

  /** What each integration's store must end as: active external id to title, where checked. */
  private final Map<String, String> asanaTitles = new HashMap<>();

  private final Set<String> asanaLive = new HashSet<>();
  private final Map<String, String> linearTitles = new HashMap<>();
  private final Set<String> linearLive = new HashSet<>();

  @Test
  @Timeout(value = 300)
  void twoInstancesScheduleTenIntegrations_oneRunAtATimeEach_andTheStoreEqualsTheStandIns() {
    try (AsanaStandIn asana =
            AsanaStandIn.start(AsanaStandInConfig.defaults().withTaskCount(ASANA_TASKS));
        LinearStandIn linear =
            LinearStandIn.start(LinearStandInConfig.defaults().withWorkspace(7, LINEAR_ISSUES));
        Deployment deployment =
            Deployment.start("ten-integrations")
                .withAsana(asana)
                .withLinear(linear)
                .with("TASKSYNC_SYNC_INTERVAL", "3s")
                .with("TASKSYNC_RECONCILE_INTERVAL", "8s")) {
      for (int i = 0; i < ASANA_TASKS; i++) {
        asanaLive.add(asana.taskGid(i));
      }
      for (int i = 0; i < LINEAR_ISSUES; i++) {
        if (!linear.isArchived(i)) {
          linearLive.add(linear.issueId(i));
        }
      }
      Map<IntegrationId, Provider> integrations = new LinkedHashMap<>();
      for (int i = 0; i < 10; i++) {
        OrganizationId org = OrganizationId.of("org-" + i);
        if (i % 2 == 0) {
          integrations.put(deployment.seedAsana(asana, org), Provider.ASANA);
        } else {
          integrations.put(deployment.seedLinear(linear, org), Provider.LINEAR);
        }
      }
      deployment.startInstance("ten-a");
      deployment.startInstance("ten-b");
      Deployment.store("every integration has a finished run")
          .atMost(Duration.ofSeconds(120))
          .until(
              () -> integrations.keySet().stream().allMatch(id -> !runs(deployment, id).isEmpty()));

      for (int change = 0; change < CHANGES; change++) {
        long seen = totalRuns(deployment, integrations.keySet());
        change(asana, linear, change);
        await("a run after change " + change)
            .atMost(Deployment.STEP)
            .pollInterval(Duration.ofMillis(300))
            .until(() -> totalRuns(deployment, integrations.keySet()) > seen);
      }

      for (Map.Entry<IntegrationId, Provider> e : integrations.entrySet()) {
        boolean isAsana = e.getValue() == Provider.ASANA;
        Set<String> live = isAsana ? asanaLive : linearLive;
        Deployment.store("the store of " + e.getValue() + " integration " + e.getKey())
            .atMost(Duration.ofSeconds(120))
            .until(() -> new HashSet<>(deployment.activeIds(e.getKey())).equals(live));
        List<String> stored = deployment.activeIds(e.getKey());
        assertThat(stored).doesNotHaveDuplicates().hasSameSizeAs(live);
        Map<String, String> titles = isAsana ? asanaTitles : linearTitles;
        Deployment.store("titles of " + e.getKey())
            .until(() -> titlesMatch(deployment, e.getKey(), titles));
      }

      Set<String> instances = new HashSet<>();
      for (IntegrationId id : integrations.keySet()) {
        List<RunRecord> runs = runs(deployment, id);
        assertThat(runs).as("runs of %s", id).isNotEmpty();
        assertNoOverlap(id, runs);
        runs.forEach(r -> instances.add(r.instanceId()));
      }
      assertThat(instances).containsExactlyInAnyOrder("ten-a", "ten-b");
    }
  }

  /** Creates, renames or deletes a task in one stand-in, keeping the expected workspaces. */
  private void change(AsanaStandIn asana, LinearStandIn linear, int change) {
    String title = "changed " + change;
    if (change % 2 == 0) {
      String gid = asana.taskGid(change);
      switch (change % 3) {
        case 0 -> {
          String created = asana.createTask(asana.projectGid(0), title);
          asanaLive.add(created);
          asanaTitles.put(created, title);
        }
        case 1 -> {
          asana.updateTask(gid, title);
          asanaTitles.put(gid, title);
        }
        default -> {
          asana.deleteTask(gid);
          asanaLive.remove(gid);
          asanaTitles.remove(gid);
        }
      }
    } else {
      String id = linear.issueId(change);
      switch (change % 3) {
        case 0 -> {
          String created = linear.createIssue(title);
          linearLive.add(created);
          linearTitles.put(created, title);
        }
        case 1 -> {
          if (linearLive.contains(id)) {
            linear.renameIssue(id, title);
            linearTitles.put(id, title);
          }
        }
        default -> {
          linear.deleteIssue(id);
          linearLive.remove(id);
          linearTitles.remove(id);
        }
      }
    }
  }

  private static boolean titlesMatch(
      Deployment deployment, IntegrationId id, Map<String, String> titles) {
    return titles.entrySet().stream()
        .allMatch(
            t ->
                deployment
                    .stores
                    .taskStore()
                    .get(new TaskKey(id, t.getKey()))
                    .map(task -> t.getValue().equals(task.title()))
                    .orElse(false));
  }

  /** Runs of one integration sorted by start: each ends before the next starts. */
  private static void assertNoOverlap(IntegrationId id, List<RunRecord> runs) {
    List<RunRecord> sorted = new ArrayList<>(runs);
    sorted.sort(Comparator.comparing(RunRecord::startedAt));
    for (int i = 1; i < sorted.size(); i++) {
      RunRecord previous = sorted.get(i - 1);
      RunRecord next = sorted.get(i);
      assertThat(next.startedAt())
          .as(
              "run %s of %s (%s) starts before run %s (%s) ended",
              next.runId(), id, next.instanceId(), previous.runId(), previous.instanceId())
          .isAfterOrEqualTo(previous.finishedAt());
    }
  }

  private static List<RunRecord> runs(Deployment deployment, IntegrationId id) {
    return deployment.stores.runHistoryStore().recent(id, RunHistoryStore.DEFAULT_CAPACITY);
  }

  private static long totalRuns(Deployment deployment, Set<IntegrationId> ids) {
    return ids.stream().collect(Collectors.summingLong(id -> (long) runs(deployment, id).size()));
  }
}
