package io.tasksync.app;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tasksync.adapter.firestore.FirestoreConfig;
import io.tasksync.adapter.firestore.FirestoreStores;
import io.tasksync.app.demo.SandboxProviders;
import io.tasksync.app.security.TinkTokenCipher;
import io.tasksync.domain.EncryptedCredentials;
import io.tasksync.domain.Integration;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.OAuthTokens;
import io.tasksync.domain.OrganizationId;
import io.tasksync.domain.Provider;
import io.tasksync.domain.Workspace;
import io.tasksync.port.out.ExternalIdPage;
import io.tasksync.port.out.StoreUnavailableException;
import io.tasksync.sandbox.asana.AsanaStandIn;
import io.tasksync.sandbox.linear.LinearStandIn;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.core.ConditionFactory;

/**
 * One deployment for process tests: a Firestore emulator, a project on it, the configuration every
 * instance shares (keyset, API keys, provider apps pointed at the stand-ins) and the app processes
 * started with it, each with its own instance id. Integrations are seeded as connected, with grants
 * the stand-ins issued, sealed as the app seals them.
 */
final class Deployment implements AutoCloseable {

  static final Duration STEP = Duration.ofSeconds(60);

  final Path logs;
  final FirestoreStores stores;
  private final FirestoreEmulatorJar emulator;
  private final Map<String, String> shared = new HashMap<>();
  private final List<ChildApp> apps = new ArrayList<>();

  private Deployment(Path logs, FirestoreEmulatorJar emulator, String project) {
    this.logs = logs;
    this.emulator = emulator;
    this.stores = FirestoreStores.create(FirestoreConfig.emulator(project, emulator.hostAndPort()));
    shared.put("TASKSYNC_DEMO", "false");
    shared.put("TASKSYNC_API_KEYS", TestApp.ORG_A.value() + ":" + TestApp.KEY_A);
    shared.put("TASKSYNC_TINK_KEYSET", TinkTokenCipher.generateJsonKeyset());
    shared.put("TASKSYNC_FIRESTORE_PROJECT", project);
    shared.put("FIRESTORE_EMULATOR_HOST", emulator.hostAndPort());
  }

  /** Starts the emulator (the test is skipped when its jar is not installed). */
  static Deployment start(String name) {
    Path jar = Path.of(System.getProperty("firestore.emulator.jar", FirestoreEmulatorJar.PATH));
    assumeTrue(Files.isReadable(jar), "the Firestore emulator jar is not installed at " + jar);
    String run = UUID.randomUUID().toString().substring(0, 8);
    Path logs = Path.of("target", name, run);
    return new Deployment(logs, FirestoreEmulatorJar.start(jar, logs), name + "-" + run);
  }

  /** Sets a variable of every instance started from now on. */
  Deployment with(String name, String value) {
    shared.put(name, value);
    return this;
  }

  Deployment withAsana(AsanaStandIn asana) {
    return withProvider("ASANA", asana.baseUrl().toString(), asana.apiBaseUrl().toString());
  }

  Deployment withLinear(LinearStandIn linear) {
    String base = linear.baseUrl().toString();
    return withProvider("LINEAR", base, base);
  }

  private Deployment withProvider(String provider, String authBase, String apiBase) {
    String prefix = "TASKSYNC_" + provider + "_";
    shared.put(prefix + "CLIENT_ID", SandboxProviders.CLIENT_ID);
    shared.put(prefix + "CLIENT_SECRET", SandboxProviders.CLIENT_SECRET);
    shared.put(prefix + "AUTH_BASE_URL", authBase);
    shared.put(prefix + "API_BASE_URL", apiBase);
    return this;
  }

  /**
   * Starts an instance with the shared configuration and {@code instanceId}; waits until it is up.
   */
  ChildApp startInstance(String instanceId) {
    Map<String, String> env = new HashMap<>(shared);
    env.put("TASKSYNC_INSTANCE_ID", instanceId);
    ChildApp app = ChildApp.start(env, logs.resolve(instanceId + "-" + (apps.size() + 1) + ".log"));
    apps.add(app);
    await(instanceId + " up").atMost(STEP).until(app::isUp);
    return app;
  }

  /** The Tink keyset every instance shares. */
  String keyset() {
    return shared.get("TASKSYNC_TINK_KEYSET");
  }

  IntegrationId seedAsana(AsanaStandIn asana, OrganizationId org) {
    AsanaStandIn.Grant grant = asana.issueGrant();
    return seed(
        org,
        Provider.ASANA,
        grant.accessToken(),
        grant.refreshToken(),
        new Workspace(asana.workspaceGid(), "Asana stand-in"));
  }

  IntegrationId seedLinear(LinearStandIn linear, OrganizationId org) {
    LinearStandIn.Tokens tokens = linear.issueToken();
    return seed(
        org,
        Provider.LINEAR,
        tokens.accessToken(),
        tokens.refreshToken(),
        new Workspace(linear.organizationId(), "Linear stand-in"));
  }

  private IntegrationId seed(
      OrganizationId org, Provider provider, String access, String refresh, Workspace workspace) {
    IntegrationId id = IntegrationId.of(UUID.randomUUID().toString());
    Instant now = Instant.now();
    OAuthTokens tokens = new OAuthTokens(access, refresh, now.plus(Duration.ofHours(1)), "default");
    EncryptedCredentials sealed = TinkTokenCipher.fromJsonKeyset(keyset()).seal(tokens, id);
    Integration integration =
        Integration.connected(id, org, provider, sealed, List.of(), now)
            .withWorkspaces(List.of(workspace), now);
    store("the emulator takes the write of " + id)
        .until(
            () -> {
              stores.integrationStore().save(integration);
              return true;
            });
    return id;
  }

  /** The external ids of the integration's stored tasks that are not deleted, in store order. */
  List<String> activeIds(IntegrationId id) {
    List<String> ids = new ArrayList<>();
    String cursor = null;
    do {
      ExternalIdPage page = stores.taskStore().activeExternalIds(id, cursor, 1000);
      ids.addAll(page.externalIds());
      cursor = page.nextCursor();
    } while (cursor != null);
    return ids;
  }

  /** A bounded wait on the emulator, which may time out a call while it warms up under load. */
  static ConditionFactory store(String alias) {
    return await(alias)
        .atMost(STEP)
        .pollInterval(Duration.ofMillis(100))
        .ignoreExceptionsInstanceOf(StoreUnavailableException.class);
  }

  @Override
  public void close() {
    apps.forEach(ChildApp::close);
    stores.close();
    emulator.close();
  }
}
