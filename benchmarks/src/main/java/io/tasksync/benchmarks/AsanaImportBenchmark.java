package io.tasksync.benchmarks;

import io.tasksync.adapter.asana.AsanaAdapters;
import io.tasksync.adapter.asana.AsanaConfig;
import io.tasksync.adapter.firestore.FirestoreConfig;
import io.tasksync.adapter.firestore.FirestoreStores;
import io.tasksync.application.Sleeper;
import io.tasksync.application.SyncObserver;
import io.tasksync.application.SyncSettings;
import io.tasksync.application.SyncTasksService;
import io.tasksync.application.memory.InMemoryIntegrationStore;
import io.tasksync.application.memory.InMemorySyncStateStore;
import io.tasksync.application.memory.InMemoryTaskStore;
import io.tasksync.domain.EncryptedCredentials;
import io.tasksync.domain.Integration;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.OrganizationId;
import io.tasksync.domain.Provider;
import io.tasksync.domain.RunKind;
import io.tasksync.port.in.SyncReport;
import io.tasksync.port.in.SyncTasksCommand;
import io.tasksync.port.out.SyncStateStore;
import io.tasksync.port.out.TaskStore;
import io.tasksync.port.out.TokenSource;
import io.tasksync.sandbox.asana.AsanaStandIn;
import io.tasksync.sandbox.asana.AsanaStandInConfig;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Full import of a stand-in Asana workspace through {@link SyncTasksService}, at the stand-in's
 * rate limit (the paid default, 1,500 requests/min): tasks/s, requests used against the theoretical
 * minimum and against the structural minimum the API imposes, 429s, peak heap and load average.
 * Arguments: task counts (default {@code 10000,100000}), then {@code memory}, {@code counting} or
 * {@code both} stores (default both), or {@code firestore host:port} to import into the Firestore
 * adapter's stores on a running emulator (a fresh project id per run).
 */
public final class AsanaImportBenchmark {

  private static final Logger log = LoggerFactory.getLogger(AsanaImportBenchmark.class);
  private static final int RATE = 1500;

  private AsanaImportBenchmark() {}

  public static void main(String[] args) {
    String sizes = args.length > 0 ? args[0] : "10000,100000";
    String stores = args.length > 1 ? args[1] : "both";
    String emulator = "firestore".equals(stores) && args.length > 2 ? args[2] : null;
    if ("firestore".equals(stores) && emulator == null) {
      log.error("usage: AsanaImportBenchmark sizes firestore emulatorHost:port");
      return;
    }
    log.info(
        "| tasks | store | outcome | s | tasks/s | ceiling tasks/s | of ceiling "
            + "| structural ceiling tasks/s | of structural ceiling | requests | minimum "
            + "| walk minimum | structural minimum | 429s | req/min | peak heap MB | peak live MB "
            + "| retained MB | load average |");
    log.info("warming up the JVM with an unreported 2,000-task import");
    run(2000, new AsanaCountingTaskStore(), null);
    for (String size : sizes.split(",")) {
      int n = Integer.parseInt(size.trim());
      if (emulator != null) {
        String project = "bench-asana-" + System.nanoTime();
        try (FirestoreStores firestore =
            FirestoreStores.create(FirestoreConfig.emulator(project, emulator))) {
          run(n, firestore.taskStore(), firestore.syncStateStore(), "Firestore emulator");
        }
        continue;
      }
      if (!"counting".equals(stores)) {
        run(n, new InMemoryTaskStore(), "in-memory");
      }
      if (!"memory".equals(stores)) {
        run(n, new AsanaCountingTaskStore(), "counting");
      }
    }
  }

  private static void run(int tasks, TaskStore store, String storeName) {
    run(tasks, store, new InMemorySyncStateStore(), storeName);
  }

  private static void run(int tasks, TaskStore store, SyncStateStore states, String storeName) {
    System.gc();
    try (AsanaStandIn standIn =
            AsanaStandIn.start(
                AsanaStandInConfig.defaults().withTaskCount(tasks).withRequestsPerMinute(RATE));
        AsanaHeapSampler heap = new AsanaHeapSampler()) {
      AsanaConfig config =
          AsanaConfig.defaults(
                  "sandbox-client", "sandbox-secret", URI.create("http://127.0.0.1/cb"))
              .withBaseUrls(standIn.baseUrl(), standIn.apiBaseUrl())
              .withRequestsPerMinute(RATE);
      AsanaAdapters asana = AsanaAdapters.create(config, Clock.systemUTC());
      InMemoryIntegrationStore integrations = new InMemoryIntegrationStore();
      Integration integration =
          Integration.connected(
              IntegrationId.of("bench-" + tasks),
              OrganizationId.of("bench"),
              Provider.ASANA,
              new EncryptedCredentials("k", "sealed"),
              List.of("default"),
              Instant.now());
      integrations.save(integration);
      TokenSource token = TokenSource.fixed(standIn.issueGrant().accessToken());
      SyncTasksService sync =
          new SyncTasksService(
              integrations,
              states,
              store,
              List.of(asana.taskProvider()),
              id -> token,
              SyncSettings.defaults("bench"),
              Clock.systemUTC(),
              Sleeper.REAL,
              SyncObserver.NONE);
      long started = System.nanoTime();
      SyncReport report = sync.sync(new SyncTasksCommand(integration.id(), RunKind.INITIAL));
      double seconds = (System.nanoTime() - started) / 1e9;
      long requests = standIn.requestCount();
      long minimum = minimumRequests(standIn, tasks);
      long walkMinimum = minimum + standIn.perUserListingPages();
      long structural = structuralMinimum(standIn);
      double ceilingTasksPerSecond = tasks / (walkMinimum * 60.0 / RATE);
      double structuralTasksPerSecond = tasks / (structural * 60.0 / RATE);
      double tasksPerSecond = report.progress().fetched() / seconds;
      if (storeName == null) {
        return;
      }
      log.info(
          String.format(
              Locale.ROOT,
              "| %,d | %s | %s | %.1f | %.1f | %.1f | %.0f%% | %.1f | %.0f%% | %,d | %,d | %,d | %,d"
                  + " | %d | %.0f | %.0f | %.0f | %.0f | %s |",
              report.progress().fetched(),
              storeName,
              report.outcome(),
              seconds,
              tasksPerSecond,
              ceilingTasksPerSecond,
              100 * tasksPerSecond / ceilingTasksPerSecond,
              structuralTasksPerSecond,
              100 * tasksPerSecond / structuralTasksPerSecond,
              requests,
              minimum,
              walkMinimum,
              structural,
              standIn.rateLimitedCount(),
              requests / seconds * 60,
              heap.peakUsedBytes() / 1048576.0,
              heap.peakAfterGcBytes() / 1048576.0,
              retainedBytes() / 1048576.0,
              heap.loadAverage()));
    }
  }

  /** Heap in use after a full collection: what the run keeps (the stored tasks, for a store). */
  private static long retainedBytes() {
    System.gc();
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }

  /**
   * The fewest requests any client needs at limit=100: one task page per 100 tasks, plus the walk:
   * workspaces, projects, users, and one subtask listing per task that has subtasks.
   */
  static long minimumRequests(AsanaStandIn standIn, int tasks) {
    return ceil(tasks, 100)
        + 1
        + ceil(standIn.projectCount(), 100)
        + ceil(standIn.userCount(), 100)
        + standIn.tasksWithSubtasks();
  }

  /**
   * The fewest requests the API's structure imposes on a full import with events: each project's
   * listing at {@code limit=100} (a task in several projects is listed in each, an empty project
   * costs one request), the walk (workspaces, projects, users), one subtask listing per task with
   * subtasks, the per-user listings that reach tasks in no project, and one Events API request per
   * project for the sync token the next incremental run starts from.
   */
  static long structuralMinimum(AsanaStandIn standIn) {
    return standIn.projectListingPages()
        + 1
        + ceil(standIn.projectCount(), 100)
        + ceil(standIn.userCount(), 100)
        + standIn.tasksWithSubtasks()
        + standIn.perUserListingPages()
        + standIn.projectCount();
  }

  static long ceil(long a, long b) {
    return (a + b - 1) / b;
  }
}
