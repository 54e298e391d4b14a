package io.tasksync.benchmarks;

import io.tasksync.adapter.firestore.FirestoreConfig;
import io.tasksync.adapter.firestore.FirestoreStores;
import io.tasksync.application.CredentialService;
import io.tasksync.application.Sleeper;
import io.tasksync.application.SyncObserver;
import io.tasksync.application.SyncSettings;
import io.tasksync.application.SyncTasksService;
import io.tasksync.domain.ConnectionStatus;
import io.tasksync.domain.Integration;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.OAuthTokens;
import io.tasksync.domain.OrganizationId;
import io.tasksync.domain.Provider;
import io.tasksync.domain.RunKind;
import io.tasksync.port.in.SyncOutcome;
import io.tasksync.port.in.SyncReport;
import io.tasksync.port.in.SyncTasksCommand;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Idle cost (BENCHMARKS.md, "Idle cost"): one integration per provider, imported through {@link
 * SyncTasksService} with the real adapters against their stand-ins and the Firestore stores on the
 * emulator, then nothing changes: the provider requests and Firestore operations of incremental
 * runs that find nothing, of a reconciliation, of a token refresh and of the scheduler's rounds,
 * counted exactly, and projected per integration per hour at the app's default intervals.
 *
 * <p>Arguments: {@code [--tasks 10000] [--runs 3] [--firestore host:port]} (without {@code
 * --firestore} a dedicated emulator is started and stopped).
 */
public final class IdleCostBenchmark {

  private static final Logger log = LoggerFactory.getLogger(IdleCostBenchmark.class);

  /** The app's defaults (README, configuration): TASKSYNC_SYNC_INTERVAL, _RECONCILE_INTERVAL. */
  static final Duration INCREMENTAL_EVERY = Duration.ofMinutes(5);

  static final Duration RECONCILE_EVERY = Duration.ofHours(6);

  private IdleCostBenchmark() {}

  public static void main(String[] args) throws Exception {
    FirestoreOps.install();
    int tasks = 10_000;
    int runs = 3;
    String host = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--tasks":
          tasks = Integer.parseInt(args[++i]);
          break;
        case "--runs":
          runs = Integer.parseInt(args[++i]);
          break;
        case "--firestore":
          host = args[++i];
          break;
        default:
          throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    EmulatorProcess own = host == null ? EmulatorProcess.start("2g") : null;
    String emulator = host == null ? own.host() : host;
    String load = LoadAverage.now();
    List<IdlePhase> phases = new ArrayList<>();
    IdlePhase scheduling;
    try (FirestoreStores stores =
        FirestoreStores.create(
            FirestoreConfig.emulator("idle-" + System.nanoTime(), emulator)
                .withRequestTimeout(Duration.ofSeconds(120)))) {
      CountingCallObserver calls = new CountingCallObserver();
      for (Provider provider : Provider.values()) {
        phases.addAll(measure(provider, tasks, runs, stores, calls));
      }
      scheduling = scheduling(stores);
    } finally {
      if (own != null) {
        own.close();
      }
    }
    IdleCostReport.print(
        phases,
        scheduling,
        tasks,
        "1-minute load average "
            + load
            + " at the"
            + " start, "
            + LoadAverage.now()
            + " at the end");
  }

  private static List<IdlePhase> measure(
      Provider provider, int tasks, int runs, FirestoreStores stores, CountingCallObserver calls) {
    String p = provider.displayName();
    try (ProviderRig rig =
        ProviderRig.start(provider, tasks, true, calls, stores.providerStateStore())) {
      IntegrationId id = IntegrationId.of("idle-" + provider.id());
      BenchmarkTokenCipher cipher = new BenchmarkTokenCipher();
      stores
          .integrationStore()
          .save(
              Integration.connected(
                  id,
                  OrganizationId.of("bench"),
                  provider,
                  cipher.seal(rig.tokens(), id),
                  List.of(),
                  Instant.now()));
      CountingOAuthClient oauth = new CountingOAuthClient(rig.oauth());
      CredentialService credentials =
          new CredentialService(
              stores.integrationStore(),
              cipher,
              List.of(oauth),
              Clock.systemUTC(),
              Duration.ofMinutes(5));
      SyncTasksService sync =
          new SyncTasksService(
              stores.integrationStore(),
              stores.syncStateStore(),
              stores.taskStore(),
              List.of(rig.taskProvider()),
              credentials,
              SyncSettings.defaults("bench-" + provider.id()),
              Clock.systemUTC(),
              Sleeper.REAL,
              SyncObserver.NONE);
      List<IdlePhase> phases = new ArrayList<>();
      phases.add(run(sync, id, provider, "initial import", 1, calls));
      phases.add(run(sync, id, provider, "incremental, nothing changed", runs, calls));
      phases.add(run(sync, id, provider, "reconciliation, nothing changed", 1, calls));
      if (rig.tokenLifetime() != null) {
        CredentialService uncached =
            new CredentialService(
                stores.integrationStore(),
                cipher,
                List.of(oauth),
                Clock.systemUTC(),
                Duration.ofMinutes(5));
        phases.add(refresh(rig.tokenLifetime(), stores, cipher, uncached, oauth, id, provider));
      }
      return phases;
    }
  }

  private static IdlePhase run(
      SyncTasksService sync,
      IntegrationId id,
      Provider provider,
      String kind,
      int runs,
      CountingCallObserver calls) {
    String cause = provider.displayName() + " " + kind;
    RunKind runKind =
        kind.startsWith("initial")
            ? RunKind.INITIAL
            : kind.startsWith("incremental") ? RunKind.INCREMENTAL : RunKind.RECONCILE;
    long fetched = 0;
    long written = 0;
    long start = System.nanoTime();
    long cpu = processCpuNanos();
    for (int i = 0; i < runs; i++) {
      FirestoreOps.cause(cause);
      SyncReport report = sync.sync(new SyncTasksCommand(id, runKind));
      FirestoreOps.cause("other");
      if (report.outcome() != SyncOutcome.SUCCEEDED) {
        throw new IllegalStateException(cause + " ended " + report.outcome() + ": " + report);
      }
      fetched += report.progress().fetched();
      written += report.progress().written();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (processCpuNanos() - cpu) / 1e9;
    log.info(
        "{}: {} runs, {} tasks fetched, {} written, {} s",
        cause,
        runs,
        fetched,
        written,
        Table.format(seconds));
    return new IdlePhase(
        provider,
        kind,
        cause,
        runs,
        calls.total(cause),
        calls.requests(cause),
        fetched,
        written,
        seconds,
        cpuSeconds,
        null);
  }

  /**
   * One refresh of an expired grant through a credential service that has not opened the token yet
   * (the sync's own service keeps the opened token until it is due), as a sync would meet it.
   */
  private static IdlePhase refresh(
      Duration lifetime,
      FirestoreStores stores,
      BenchmarkTokenCipher cipher,
      CredentialService credentials,
      CountingOAuthClient oauth,
      IntegrationId id,
      Provider provider) {
    String cause = provider.displayName() + " token refresh";
    Integration stored = stores.integrationStore().get(id).orElseThrow();
    OAuthTokens current = cipher.open(stored.credentials(), id);
    OAuthTokens expired =
        new OAuthTokens(
            current.accessToken(), current.refreshToken(), Instant.now().minusSeconds(1), null);
    stores.integrationStore().save(stored.withCredentials(cipher.seal(expired, id), Instant.now()));
    long before = oauth.refreshes();
    FirestoreOps.cause(cause);
    String token = credentials.forIntegration(id).accessToken();
    FirestoreOps.cause("other");
    long refreshes = oauth.refreshes() - before;
    if (token.equals(current.accessToken()) || refreshes != 1) {
      throw new IllegalStateException(cause + ": expected one refresh, saw " + refreshes);
    }
    return new IdlePhase(
        provider,
        "token refresh",
        cause,
        1,
        refreshes,
        Map.of("POST token", refreshes),
        0,
        0,
        0,
        0,
        lifetime);
  }

  /** CPU time of this process (the stand-ins run in it too, so this bounds the app's share). */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** The scheduler's round: one query for the connected integrations, per instance. */
  private static IdlePhase scheduling(FirestoreStores stores) {
    String cause = "scheduling round";
    FirestoreOps.cause(cause);
    int found = stores.integrationStore().findByStatus(ConnectionStatus.CONNECTED).size();
    FirestoreOps.cause("other");
    return new IdlePhase(null, "scheduling round", cause, found, 0, Map.of(), 0, 0, 0, 0, null);
  }
}
