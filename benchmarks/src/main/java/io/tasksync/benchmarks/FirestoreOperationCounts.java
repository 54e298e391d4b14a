package io.tasksync.benchmarks;

import io.tasksync.adapter.firestore.FirestoreConfig;
import io.tasksync.adapter.firestore.FirestoreEmulator;
import io.tasksync.adapter.firestore.FirestoreStores;
import io.tasksync.adapter.firestore.FirestoreWriteBaselines;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.OrganizationId;
import io.tasksync.domain.Task;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What production Firestore bills and waits on for one bulk write of N tasks, counted exactly at
 * the client's gRPC channel (BENCHMARKS.md, "Firestore operations, counted"): the seed pattern
 * (query all, sequential commits of 400) and tasksync's upsert, new and unchanged; with the
 * emulator-bound wall clock beside. Options: {@code -Dtasks=20000 -Druns=3}.
 */
public final class FirestoreOperationCounts {

  private static final Logger log = LoggerFactory.getLogger(FirestoreOperationCounts.class);
  private static final IntegrationId INTEGRATION = IntegrationId.of("bench-integration");
  private static final List<String> SCENARIOS =
      List.of(
          "seed pattern, empty store",
          "seed pattern, same tasks again",
          "tasksync upsert, empty store",
          "tasksync upsert, same tasks again");

  private final Map<String, Stats> times = new LinkedHashMap<>();
  private final Map<String, String> counts = new LinkedHashMap<>();
  private final List<Task> tasks;

  private FirestoreOperationCounts(int n) {
    tasks = BenchmarkTasks.generate(OrganizationId.of("bench-org"), INTEGRATION, n);
    SCENARIOS.forEach(s -> times.put(s, new Stats(s)));
  }

  public static void main(String[] args) throws Exception {
    FirestoreOps.install();
    int n = Integer.getInteger("tasks", 20_000);
    int runs = Integer.getInteger("runs", 3);
    FirestoreOperationCounts bench = new FirestoreOperationCounts(n);
    for (int run = 1; run <= runs; run++) {
      bench.runOnce();
      log.info("run {} of {} done", run, runs);
    }
    bench.print(n, runs);
  }

  private void runOnce() throws Exception {
    try (FirestoreEmulator emulator = FirestoreEmulator.startDedicated();
        FirestoreWriteBaselines seed = FirestoreWriteBaselines.open(config(emulator))) {
      measure(SCENARIOS.get(0), () -> seed.seedPattern(INTEGRATION, tasks));
      measure(SCENARIOS.get(1), () -> seed.seedPattern(INTEGRATION, tasks));
    }
    try (FirestoreEmulator emulator = FirestoreEmulator.startDedicated();
        FirestoreStores stores = FirestoreStores.create(config(emulator))) {
      measure(SCENARIOS.get(2), () -> stores.taskStore().upsert(tasks));
      long before = stores.taskDocumentWrites();
      measure(SCENARIOS.get(3), () -> stores.taskStore().upsert(tasks));
      if (stores.taskDocumentWrites() != before) {
        throw new IllegalStateException("the unchanged upsert wrote documents");
      }
    }
  }

  private void measure(String scenario, Action action) throws Exception {
    FirestoreOps.reset();
    FirestoreOps.cause(scenario);
    long start = System.nanoTime();
    action.run();
    times.get(scenario).add(System.nanoTime() - start);
    FirestoreOps.cause("other");
    String summary = summary(FirestoreOps.of(scenario));
    String previous = counts.putIfAbsent(scenario, summary);
    if (previous != null && !previous.equals(summary)) {
      log.warn("{}: counts differ between runs: {} vs {}", scenario, previous, summary);
      counts.put(scenario, previous + " / " + summary);
    }
  }

  private static String summary(FirestoreOpCounts c) {
    return String.join(
        " | ",
        Table.format(c.billedReads()),
        Table.format(c.documentsRead())
            + " returned, "
            + Table.format(c.missing())
            + " missing, "
            + Table.format(c.emptyQueries())
            + " empty queries",
        Table.format(c.written()),
        Table.format(c.commits()),
        Table.format(c.sequentialCommits()),
        Table.format(c.sequentialRoundTrips()),
        c.callsByMethod().toString().replace("=", " ").replace("{", "").replace("}", ""));
  }

  private void print(int n, int runs) {
    Table table =
        new Table(
            String.format(
                "Firestore operations for %,d tasks (exact counts, identical in each of %d runs"
                    + " unless shown; wall clock emulator-bound, median of %d)",
                n, runs, runs),
            "scenario",
            "billed reads",
            "reads: how",
            "documents written",
            "commits",
            "sequential commits",
            "sequential round trips",
            "calls",
            "wall s (emulator)",
            "runs s");
    for (String s : SCENARIOS) {
      Stats t = times.get(s);
      table.row(
          s, counts.get(s), t.median(), t.runs().stream().map(Table::format).toList().toString());
    }
    table.print();
  }

  private static FirestoreConfig config(FirestoreEmulator emulator) {
    return FirestoreConfig.emulator(FirestoreEmulator.newProjectId(), emulator.host())
        .withRequestTimeout(Duration.ofSeconds(60));
  }

  @FunctionalInterface
  private interface Action {
    Object run() throws Exception;
  }
}
