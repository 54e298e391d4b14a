package io.tasksync.benchmarks;

import io.tasksync.adapter.clickup.ClickUpAdapters;
import io.tasksync.adapter.clickup.ClickUpConfig;
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
import io.tasksync.domain.SyncProgress;
import io.tasksync.port.in.SyncReport;
import io.tasksync.port.in.SyncTasksCommand;
import io.tasksync.port.out.IntegrationStore;
import io.tasksync.port.out.ProviderCallObserver;
import io.tasksync.port.out.SyncStateStore;
import io.tasksync.port.out.TaskStore;
import io.tasksync.port.out.TokenSource;
import io.tasksync.sandbox.clickup.ClickUpStandIn;
import io.tasksync.sandbox.clickup.ClickUpStandInConfig;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Full import of a generated ClickUp workspace from the stand-in into the in-memory store through
 * {@link SyncTasksService}, at the stand-in's rate limit: tasks/s against the ceiling (100 tasks
 * per page, one page per request), requests used, 429s, and heap.
 *
 * <p>Arguments: {@code [tasks ...] [--rpm N] [--firestore host:port]}, default {@code 50000 --rpm
 * 100} into the in-memory store; each size runs in turn in the same JVM (run the small size first
 * to warm up and to compare heap). With {@code --firestore} the stores are those of the Firestore
 * adapter on the emulator at that address.
 */
public final class ClickUpImportBenchmark {

  private static final Logger log = LoggerFactory.getLogger(ClickUpImportBenchmark.class);

  private ClickUpImportBenchmark() {}

  public static void main(String[] args) {
    int rpm = 100;
    String firestore = null;
    List<Integer> sizes = new java.util.ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if ("--rpm".equals(args[i])) {
        rpm = Integer.parseInt(args[++i]);
      } else if ("--firestore".equals(args[i])) {
        firestore = args[++i];
      } else {
        sizes.add(Integer.parseInt(args[i]));
      }
    }
    if (sizes.isEmpty()) {
      sizes.add(50_000);
    }
    for (int size : sizes) {
      if (firestore == null) {
        InMemoryTaskStore tasks = new InMemoryTaskStore();
        log.info(
            "{}",
            run(
                size,
                rpm,
                "in-memory store",
                tasks,
                new InMemorySyncStateStore(),
                new InMemoryIntegrationStore()));
      } else {
        try (FirestoreStores stores =
            FirestoreStores.create(FirestoreConfig.emulator("bench-" + size, firestore))) {
          log.info(
              "{}",
              run(
                  size,
                  rpm,
                  "Firestore emulator",
                  stores.taskStore(),
                  stores.syncStateStore(),
                  stores.integrationStore()));
        }
      }
    }
  }

  /** Seconds summed under one method name, or under all of them when {@code method} is null. */
  private static double seconds(Map<String, LongAdder> nanos, String method) {
    return nanos.entrySet().stream()
            .filter(e -> method == null || e.getKey().equals(method))
            .mapToLong(e -> e.getValue().sum())
            .sum()
        / 1e9;
  }

  static String run(
      int size,
      int rpm,
      String storeName,
      TaskStore store,
      SyncStateStore states,
      IntegrationStore integrations) {
    ClickUpStandInConfig standInConfig =
        ClickUpStandInConfig.defaults().withWorkspace(1, size).withRateLimitPerMinute(rpm);
    try (ClickUpStandIn standIn = ClickUpStandIn.start(standInConfig)) {
      ClickUpConfig config =
          ClickUpConfig.defaults(
                  "sandbox-client", "sandbox-secret", URI.create("http://127.0.0.1:1/cb"))
              .withBaseUrls(standIn.baseUrl(), standIn.baseUrl())
              .withRequestsPerMinute(rpm, Duration.ofSeconds(90))
              .withIncludeArchived(true);
      LongAdder budgetWait = new LongAdder();
      ClickUpAdapters adapters =
          ClickUpAdapters.create(
              config,
              Clock.systemUTC(),
              new ProviderCallObserver() {
                @Override
                public void requestCompleted(
                    Provider provider, String operation, int httpStatus, Duration latency) {}

                @Override
                public void rateLimitWait(Provider provider, Duration wait) {
                  budgetWait.add(wait.toMillis());
                }
              });
      Map<String, LongAdder> storeNanos = new ConcurrentHashMap<>();
      Map<String, LongAdder> stateNanos = new ConcurrentHashMap<>();
      AtomicLong lastPageStored = new AtomicLong();
      SyncObserver pages =
          new SyncObserver() {
            @Override
            public void pageStored(IntegrationId integration, Provider provider, SyncProgress p) {
              lastPageStored.set(System.nanoTime());
            }
          };
      IntegrationId id = IntegrationId.of("bench-clickup-" + size);
      integrations.save(
          Integration.connected(
              id,
              OrganizationId.of("bench"),
              Provider.CLICKUP,
              new EncryptedCredentials("k", "c"),
              List.of(),
              Instant.now()));
      TokenSource tokens = TokenSource.fixed(standIn.issueToken());
      SyncTasksService sync =
          new SyncTasksService(
              integrations,
              ClickUpTimed.timed(SyncStateStore.class, states, stateNanos),
              ClickUpTimed.timed(TaskStore.class, store, storeNanos),
              List.of(adapters.taskProvider()),
              integration -> tokens,
              SyncSettings.defaults("bench"),
              Clock.systemUTC(),
              Sleeper.REAL,
              pages);
      long before = ClickUpHeapSampler.retainedBytes();
      long start = System.nanoTime();
      SyncReport report;
      long peak;
      try (ClickUpHeapSampler heap = new ClickUpHeapSampler()) {
        report = sync.sync(new SyncTasksCommand(id, RunKind.INITIAL));
        peak = heap.peakLiveBytes();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      double listing = (lastPageStored.get() - start) / 1e9;
      long retained = ClickUpHeapSampler.retainedBytes();
      long stored = store.countActive(id);
      double rate = stored / seconds;
      double ceiling = rpm * 100 / 60.0;
      return String.format(
          Locale.ROOT,
          "ClickUp import into the %s: %d tasks generated, %d stored, outcome %s in %.1f s = %.1f tasks/s"
              + " (%.0f%% of the %.1f tasks/s ceiling at %d req/min); %d requests (%d task pages,"
              + " %d time-entry windows, %d answered 429); heap before %.0f MiB, peak live heap %.0f MiB,"
              + " retained after a full GC %.0f MiB, peak minus retained %.0f MiB; requests held"
              + " back by the budget %.1f s; last page stored at %.1f s (%.1f tasks/s, %.0f%% of the"
              + " ceiling), the rest reconciling deletions; time in the task store's upsert %.1f s,"
              + " its other calls %.1f s, in the sync-state store %.1f s",
          storeName,
          size,
          stored,
          report.outcome(),
          seconds,
          rate,
          100 * rate / ceiling,
          ceiling,
          rpm,
          standIn.requestCount(),
          standIn.requestCount("GET /team/{team_Id}/task"),
          standIn.requestCount("GET /team/{team_Id}/time_entries"),
          standIn.rateLimitedCount(),
          before / 1048576.0,
          peak / 1048576.0,
          retained / 1048576.0,
          (peak - retained) / 1048576.0,
          budgetWait.sum() / 1000.0,
          listing,
          stored / listing,
          100 * stored / listing / ceiling,
          seconds(storeNanos, "upsert"),
          seconds(storeNanos, null) - seconds(storeNanos, "upsert"),
          seconds(stateNanos, null));
    }
  }
}
