package io.tasksync.benchmarks;

import io.tasksync.adapter.asana.AsanaAdapters;
import io.tasksync.adapter.asana.AsanaConfig;
import io.tasksync.adapter.firestore.FirestoreConfig;
import io.tasksync.adapter.firestore.FirestoreStores;
import io.tasksync.adapter.linear.LinearAdapters;
import io.tasksync.adapter.linear.LinearConfig;
import io.tasksync.application.Sleeper;
import io.tasksync.application.SyncObserver;
import io.tasksync.application.SyncSettings;
import io.tasksync.application.SyncTasksService;
import io.tasksync.application.memory.InMemoryIntegrationStore;
import io.tasksync.domain.EncryptedCredentials;
import io.tasksync.domain.Integration;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.OrganizationId;
import io.tasksync.domain.Provider;
import io.tasksync.domain.RunKind;
import io.tasksync.port.in.SyncReport;
import io.tasksync.port.in.SyncTasksCommand;
import io.tasksync.port.out.TaskProvider;
import io.tasksync.port.out.TokenSource;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Memory on the largest workspaces (BENCHMARKS.md, "Memory"): a full import of a generated Asana or
 * Linear workspace through {@link SyncTasksService} into the Firestore stores on the emulator, with
 * the stand-in in a process of its own ({@link StandInServer}), so this JVM (run it with {@code
 * -Xmx256m}) holds only the pipeline. Reports peak live heap (after collections), peak heap, and
 * the emulator's peak resident memory when its pid is given.
 *
 * <p>Arguments: {@code asana|linear sizes [--emulator-heap 12g] [--standin-heap 6g] [--max-minutes
 * N]}, sizes comma-separated (e.g. {@code 10000,100000,1000000}); each size gets a fresh emulator
 * with that heap, whose peak resident memory is reported; {@code --max-minutes N} stops each import
 * at its next checkpoint after N minutes (the row then says how far it got).
 */
public final class MemoryBenchmark {

  private static final Logger log = LoggerFactory.getLogger(MemoryBenchmark.class);
  private static final URI REDIRECT = URI.create("http://127.0.0.1:1/cb");

  private MemoryBenchmark() {}

  public static void main(String[] args) throws Exception {
    Provider provider = Provider.fromId(args[0]);
    String[] sizes = args[1].split(",");
    String emulatorHeap = "12g";
    String standInHeap = "6g";
    long maxMinutes = 0;
    for (int i = 2; i < args.length; i++) {
      switch (args[i]) {
        case "--emulator-heap":
          emulatorHeap = args[++i];
          break;
        case "--standin-heap":
          standInHeap = args[++i];
          break;
        case "--max-minutes":
          maxMinutes = Long.parseLong(args[++i]);
          break;
        default:
          throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    Table table =
        new Table(
            String.format(
                "Memory: %s full import into the Firestore emulator (-Xmx%s, fresh per size),"
                    + " importer max heap %d MiB",
                provider.displayName(), emulatorHeap, Runtime.getRuntime().maxMemory() / 1048576),
            "tasks",
            "outcome",
            "stored",
            "s",
            "tasks/s",
            "peak live heap MiB",
            "peak heap MiB",
            "retained MiB",
            "emulator peak RSS MiB",
            "load average");
    List<Object[]> rows = new ArrayList<>();
    for (String size : sizes) {
      try (EmulatorProcess emulator = EmulatorProcess.start(emulatorHeap)) {
        rows.add(run(provider, Integer.parseInt(size.trim()), emulator, standInHeap, maxMinutes));
      }
      table.row(rows.get(rows.size() - 1));
      log.info("row: {}", java.util.Arrays.toString(rows.get(rows.size() - 1)));
    }
    table.print();
  }

  private static Object[] run(
      Provider provider, int tasks, EmulatorProcess emulator, String standInHeap, long maxMinutes)
      throws IOException, InterruptedException {
    Path ready = Files.createTempFile("standin-", ".ready");
    Files.delete(ready);
    Process standIn =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + standInHeap,
                "-cp",
                System.getProperty("java.class.path"),
                StandInServer.class.getName(),
                provider.id(),
                Integer.toString(tasks),
                ready.toString())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    try {
      String[] endpoint = awaitReady(standIn, ready);
      TaskProvider adapter = adapter(provider, URI.create(endpoint[0]), URI.create(endpoint[1]));
      String project = "memory-" + provider.id() + "-" + tasks + "-" + System.nanoTime();
      try (FirestoreStores stores =
          FirestoreStores.create(
              FirestoreConfig.emulator(project, emulator.host())
                  .withRequestTimeout(Duration.ofSeconds(120)))) {
        InMemoryIntegrationStore integrations = new InMemoryIntegrationStore();
        IntegrationId id = IntegrationId.of("memory-" + provider.id());
        integrations.save(
            Integration.connected(
                id,
                OrganizationId.of("bench"),
                provider,
                new EncryptedCredentials("k", "unused"),
                List.of(),
                java.time.Instant.now()));
        TokenSource token = TokenSource.fixed(endpoint[2]);
        SyncTasksService sync =
            new SyncTasksService(
                integrations,
                stores.syncStateStore(),
                stores.taskStore(),
                List.of(adapter),
                i -> token,
                SyncSettings.defaults("memory"),
                Clock.systemUTC(),
                Sleeper.REAL,
                SyncObserver.NONE);
        System.gc();
        SyncReport report;
        long start = System.nanoTime();
        long peakLive;
        long peak;
        String load;
        java.util.concurrent.ScheduledExecutorService bound =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
        if (maxMinutes > 0) {
          bound.schedule(sync::requestStop, maxMinutes, TimeUnit.MINUTES);
        }
        try (AsanaHeapSampler heap = new AsanaHeapSampler()) {
          report = sync.sync(new SyncTasksCommand(id, RunKind.INITIAL));
          bound.shutdownNow();
          peakLive = heap.peakAfterGcBytes();
          peak = heap.peakUsedBytes();
          load = heap.loadAverage();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        String stored = storedCount(stores, id);
        System.gc();
        long retained = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        log.info("{} {} tasks: {} in {} s", provider, tasks, report, Table.format(seconds));
        return new Object[] {
          tasks,
          report.outcome()
              + (report.outcome() == io.tasksync.port.in.SyncOutcome.STOPPED
                  ? " after "
                      + maxMinutes
                      + " min, "
                      + Table.format(report.progress().fetched())
                      + " fetched"
                  : ""),
          stored,
          seconds,
          report.progress().fetched() / seconds,
          peakLive / 1048576.0,
          peak / 1048576.0,
          retained / 1048576.0,
          emulator.peakRssMiB(),
          load
        };
      }
    } finally {
      standIn.getOutputStream().close();
      if (!standIn.waitFor(20, TimeUnit.SECONDS)) {
        standIn.destroyForcibly();
      }
    }
  }

  /** The stored active tasks, or why they could not be counted (the emulator may time out). */
  private static String storedCount(FirestoreStores stores, IntegrationId id) {
    try {
      return Table.format(stores.taskStore().countActive(id));
    } catch (RuntimeException e) {
      return "not counted (" + e.getClass().getSimpleName() + ")";
    }
  }

  private static TaskProvider adapter(Provider provider, URI base, URI api) {
    if (provider == Provider.ASANA) {
      return AsanaAdapters.create(
              AsanaConfig.defaults("sandbox-client", "sandbox-secret", REDIRECT)
                  .withBaseUrls(base, api)
                  .withRequestsPerMinute(1_000_000),
              Clock.systemUTC())
          .taskProvider();
    }
    return LinearAdapters.create(
            LinearConfig.defaults("sandbox-client", "sandbox-secret", REDIRECT)
                .withBaseUrls(base, api),
            Clock.systemUTC())
        .taskProvider();
  }

  private static String[] awaitReady(Process standIn, Path ready)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
    while (!Files.exists(ready)) {
      if (!standIn.isAlive()) {
        throw new IllegalStateException("the stand-in exited with " + standIn.exitValue());
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the stand-in did not start within 10 minutes");
      }
      Thread.sleep(200);
    }
    String[] parts = Files.readString(ready, StandardCharsets.UTF_8).trim().split(" ");
    Files.delete(ready);
    return parts;
  }

  /** The emulator's peak resident set (VmHWM) from /proc, or "n/a". */
  static String emulatorPeakRss(String pid) {
    if (pid == null) {
      return "n/a";
    }
    try {
      for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
        if (line.startsWith("VmHWM:")) {
          long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
          return Table.format(kb / 1024L);
        }
      }
    } catch (IOException | NumberFormatException e) {
      return "n/a (" + e.getMessage() + ")";
    }
    return "n/a";
  }
}
