package io.tasksync.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tasksync.adapter.firestore.FirestoreConfig;
import io.tasksync.adapter.firestore.FirestoreStores;
import io.tasksync.app.demo.SandboxProviders;
import io.tasksync.app.security.TinkTokenCipher;
import io.tasksync.domain.EncryptedCredentials;
import io.tasksync.domain.Integration;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.LeaseOwner;
import io.tasksync.domain.OAuthTokens;
import io.tasksync.domain.Provider;
import io.tasksync.domain.SyncState;
import io.tasksync.domain.SyncStatus;
import io.tasksync.domain.Workspace;
import io.tasksync.port.out.ExternalIdPage;
import io.tasksync.port.out.StoreUnavailableException;
import io.tasksync.sandbox.asana.AsanaStandIn;
import io.tasksync.sandbox.asana.AsanaStandInConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.LongStream;
import org.awaitility.core.ConditionFactory;
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
  private static final Duration STEP = Duration.ofSeconds(60);

  @Test
  @Timeout(value = 360)
  void sigkillMidImport_restartWithTheSameIdentity_resumesAtOnce_andLosesOrDoublesNothing()
      throws Exception {
    Path jar = Path.of(System.getProperty("firestore.emulator.jar", FirestoreEmulatorJar.PATH));
    assumeTrue(Files.isReadable(jar), "the Firestore emulator jar is not installed at " + jar);
    Path logs = Path.of("target", "kill-loop", UUID.randomUUID().toString().substring(0, 8));
    String project = "kill-loop-" + UUID.randomUUID().toString().substring(0, 8);
    List<ChildApp> incarnations = new ArrayList<>();
    try (FirestoreEmulatorJar emulator = FirestoreEmulatorJar.start(jar, logs);
        AsanaStandIn asana =
            AsanaStandIn.start(AsanaStandInConfig.defaults().withTaskCount(TASKS));
        FirestoreStores stores =
            FirestoreStores.create(FirestoreConfig.emulator(project, emulator.hostAndPort()))) {
      Map<String, String> env = environment(asana, emulator.hostAndPort(), project);
      IntegrationId id = seedConnectedIntegration(stores, asana, env);

      ChildApp app = started(env, logs, incarnations);
      assertThat(app.post("/api/integrations/" + id + "/sync", TestApp.KEY_A, "").statusCode())
          .isEqualTo(202);

      for (int kill = 1; kill <= KILLS; kill++) {
        long threshold = (long) TASKS * (kill * 25 - 5) / 100;
        store("import past " + threshold + " tasks before kill " + kill)
            .until(() -> stores.taskStore().countActive(id) >= threshold);
        SyncState beforeKill = stores.syncStateStore().get(id).orElseThrow();
        assertThat(beforeKill.status())
            .as("the import is still running at kill %d (slow the stand-in if not)", kill)
            .isEqualTo(SyncStatus.RUNNING);
        assertThat(app.counter("tasksync_lease_conflicts_total")).isZero();
        app.kill();

        app = started(env, logs, incarnations);
        Instant up = Instant.now();
        String dead = beforeKill.lease().owner();
        SyncState resumed = awaitTakeover(stores, id, dead);
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
      store("the import ends")
          .until(
              () -> stores.syncStateStore().get(id).orElseThrow().status() != SyncStatus.RUNNING);

      SyncState end = stores.syncStateStore().get(id).orElseThrow();
      assertThat(end.status()).isEqualTo(SyncStatus.SUCCEEDED);
      assertThat(end.lastError()).isNull();
      assertThat(last.counter("tasksync_lease_conflicts_total")).isZero();
      List<String> stored = activeIds(stores, id);
      Set<String> expected = new HashSet<>();
      LongStream.range(0, TASKS).forEach(i -> expected.add(asana.taskGid(i)));
      assertThat(stored).doesNotHaveDuplicates().hasSize(TASKS);
      assertThat(new HashSet<>(stored)).isEqualTo(expected);
      assertThat(asana.liveTaskCount()).isEqualTo(TASKS);
    } finally {
      incarnations.forEach(ChildApp::close);
    }
  }

  private static ChildApp started(Map<String, String> env, Path logs, List<ChildApp> incarnations) {
    ChildApp app = ChildApp.start(env, logs.resolve("app-" + (incarnations.size() + 1) + ".log"));
    incarnations.add(app);
    await("app " + incarnations.size() + " up").atMost(STEP).until(app::isUp);
    return app;
  }

  private static SyncState awaitTakeover(FirestoreStores stores, IntegrationId id, String dead) {
    return store("the restarted app takes back the lease of " + dead)
        .until(
            () -> stores.syncStateStore().get(id),
            s -> s.isPresent() && s.get().lease() != null && !s.get().lease().owner().equals(dead))
        .orElseThrow();
  }

  private static List<String> activeIds(FirestoreStores stores, IntegrationId id) {
    List<String> ids = new ArrayList<>();
    String cursor = null;
    do {
      ExternalIdPage page = stores.taskStore().activeExternalIds(id, cursor, 1000);
      ids.addAll(page.externalIds());
      cursor = page.nextCursor();
    } while (cursor != null);
    return ids;
  }

  /** A connected Asana integration with a grant the stand-in issued, sealed as the app seals. */
  private static IntegrationId seedConnectedIntegration(
      FirestoreStores stores, AsanaStandIn asana, Map<String, String> env) {
    IntegrationId id = IntegrationId.of(UUID.randomUUID().toString());
    AsanaStandIn.Grant grant = asana.issueGrant();
    Instant now = Instant.now();
    OAuthTokens tokens =
        new OAuthTokens(
            grant.accessToken(), grant.refreshToken(), now.plus(Duration.ofHours(1)), "default");
    EncryptedCredentials sealed =
        TinkTokenCipher.fromJsonKeyset(env.get("TASKSYNC_TINK_KEYSET")).seal(tokens, id);
    Integration integration =
        Integration.connected(id, TestApp.ORG_A, Provider.ASANA, sealed, List.of(), now)
            .withWorkspaces(List.of(new Workspace(asana.workspaceGid(), "Kill loop")), now);
    store("the emulator takes the first write")
        .until(
            () -> {
              stores.integrationStore().save(integration);
              return true;
            });
    return id;
  }

  /** A bounded wait on the emulator, which may time out a call while it warms up under load. */
  private static ConditionFactory store(String alias) {
    return await(alias)
        .atMost(STEP)
        .pollInterval(Duration.ofMillis(100))
        .ignoreExceptionsInstanceOf(StoreUnavailableException.class);
  }

  private static Map<String, String> environment(
      AsanaStandIn asana, String emulatorHost, String project) {
    Map<String, String> env = new HashMap<>();
    env.put("TASKSYNC_DEMO", "false");
    env.put("TASKSYNC_INSTANCE_ID", INSTANCE);
    env.put("TASKSYNC_API_KEYS", TestApp.ORG_A.value() + ":" + TestApp.KEY_A);
    env.put("TASKSYNC_TINK_KEYSET", TinkTokenCipher.generateJsonKeyset());
    env.put("TASKSYNC_ASANA_CLIENT_ID", SandboxProviders.CLIENT_ID);
    env.put("TASKSYNC_ASANA_CLIENT_SECRET", SandboxProviders.CLIENT_SECRET);
    env.put("TASKSYNC_ASANA_AUTH_BASE_URL", asana.baseUrl().toString());
    env.put("TASKSYNC_ASANA_API_BASE_URL", asana.apiBaseUrl().toString());
    env.put("TASKSYNC_FIRESTORE_PROJECT", project);
    env.put("FIRESTORE_EMULATOR_HOST", emulatorHost);
    return env;
  }
}
