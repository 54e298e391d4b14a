package io.tasksync.benchmarks;

import io.tasksync.adapter.firestore.FirestoreConfig;
import io.tasksync.adapter.firestore.FirestoreEmulator;
import io.tasksync.adapter.firestore.FirestoreStores;
import io.tasksync.adapter.firestore.FirestoreWriteBaselines;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.OrganizationId;
import io.tasksync.domain.Task;
import io.tasksync.port.out.UpsertResult;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Firestore bulk upsert against the seed system's pattern and the raw write ceiling, on the local
 * emulator (BENCHMARKS.md, "Firestore bulk upsert"). Options as system properties: {@code tasks}
 * (20000), {@code runs} (5), {@code parallelism}, {@code batchSize}.
 */
public final class FirestoreUpsertBenchmark {

  private static final Logger log = LoggerFactory.getLogger(FirestoreUpsertBenchmark.class);

  private final int parallelism;
  private final int batchSize;
  private static final IntegrationId WARM_UP = IntegrationId.of("warm-up");

  private final IntegrationId integration = IntegrationId.of("bench-integration");
  private final List<Task> tasks;
  private final List<Map.Entry<String, Map<String, Object>>> documents;
  private final List<Task> warmUp;

  private final Stats seed = new Stats("(1) seed pattern, empty store");
  private final Stats seedAgain = new Stats("(1b) seed pattern, same tasks again");
  private final Stats bulk = new Stats("(2) bulk upsert, empty store");
  private final Stats unchanged = new Stats("(3) bulk upsert, same tasks again");
  private final Stats raw = new Stats("(4) raw parallel batched writes");

  FirestoreUpsertBenchmark(int count, int parallelism, int batchSize) {
    this.parallelism = parallelism;
    this.batchSize = batchSize;
    this.tasks = BenchmarkTasks.generate(OrganizationId.of("bench-org"), integration, count);
    this.documents = FirestoreWriteBaselines.documents(tasks);
    this.warmUp = BenchmarkTasks.generate(OrganizationId.of("bench-org"), WARM_UP, 3_000);
  }

  public static void main(String[] args) throws Exception {
    int count = Integer.getInteger("tasks", 20_000);
    int runs = Integer.getInteger("runs", 5);
    int parallelism = Integer.getInteger("parallelism", FirestoreConfig.DEFAULT_WRITE_PARALLELISM);
    int batchSize = Integer.getInteger("batchSize", FirestoreConfig.DEFAULT_BATCH_SIZE);
    log.info(
        "{} tasks, {} runs, parallelism {}, batch size {}; each scenario on a fresh, warmed-up"
            + " emulator",
        count,
        runs,
        parallelism,
        batchSize);
    FirestoreUpsertBenchmark benchmark =
        new FirestoreUpsertBenchmark(count, parallelism, batchSize);
    for (int run = 1; run <= runs; run++) {
      benchmark.runOnce();
      log.info("run {} of {} done", run, runs);
    }
    benchmark.report();
  }

  void runOnce() throws Exception {
    try (FirestoreEmulator emulator = warmEmulator();
        FirestoreWriteBaselines baseline = FirestoreWriteBaselines.open(project(emulator))) {
      seed.add(time(() -> baseline.seedPattern(integration, tasks)));
      seedAgain.add(time(() -> baseline.seedPattern(integration, tasks)));
    }
    try (FirestoreEmulator emulator = warmEmulator();
        FirestoreStores stores = FirestoreStores.create(project(emulator))) {
      long readsBefore = stores.taskHashReads();
      bulk.add(time(() -> check(stores.taskStore().upsert(tasks), tasks.size(), 0)));
      log.info(
          "(2) read {} stored hashes of {} tasks (the rest were written as creates)",
          stores.taskHashReads() - readsBefore,
          tasks.size());
      long writesBefore = stores.taskDocumentWrites();
      unchanged.add(time(() -> check(stores.taskStore().upsert(tasks), 0, tasks.size())));
      long written = stores.taskDocumentWrites() - writesBefore;
      if (written != 0) {
        throw new IllegalStateException("the unchanged upsert wrote " + written + " documents");
      }
    }
    try (FirestoreEmulator emulator = warmEmulator();
        FirestoreWriteBaselines baseline = FirestoreWriteBaselines.open(project(emulator))) {
      raw.add(time(() -> baseline.rawParallelWrites(documents, parallelism, batchSize)));
    }
  }

  /** A new emulator, exercised with a few thousand upserts in a project of its own. */
  private FirestoreEmulator warmEmulator() {
    FirestoreEmulator emulator = FirestoreEmulator.startDedicated();
    try (FirestoreStores stores = FirestoreStores.create(project(emulator))) {
      stores.taskStore().upsert(warmUp);
      stores.taskStore().upsert(warmUp);
    }
    return emulator;
  }

  private void report() {
    int n = tasks.size();
    for (Stats s : List.of(seed, seedAgain, bulk, unchanged, raw)) {
      log.info(
          "{}: median {} s ({} tasks/s); runs {}",
          s.name(),
          fmt(s.median()),
          Math.round(n / s.median()),
          s.runs().stream().map(FirestoreUpsertBenchmark::fmt).toList());
    }
    log.info("(1)/(2) bulk upsert speed-up over the seed pattern: {}x", ratio(seed, bulk));
    log.info(
        "(1)/(3) unchanged upsert speed-up over the seed pattern: {}x", ratio(seed, unchanged));
    log.info(
        "(1b)/(3) unchanged upsert over the seed pattern's repeat: {}x",
        ratio(seedAgain, unchanged));
    log.info(
        "(4)/(2) bulk upsert share of the raw write ceiling: {}%",
        fmt(100 * raw.median() / bulk.median()));
    log.info("the unchanged upserts wrote 0 documents (checked after every run)");
  }

  private FirestoreConfig project(FirestoreEmulator emulator) {
    return FirestoreConfig.emulator(FirestoreEmulator.newProjectId(), emulator.host())
        .withWriteParallelism(parallelism)
        .withBatchSize(batchSize)
        .withRequestTimeout(Duration.ofSeconds(60));
  }

  private static Object check(UpsertResult result, int created, int unchangedCount) {
    if (result.created() != created || result.unchanged() != unchangedCount) {
      throw new IllegalStateException("unexpected upsert result " + result);
    }
    return result;
  }

  private static String ratio(Stats slow, Stats fast) {
    return fmt(slow.median() / fast.median());
  }

  private static String fmt(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  private static long time(Timed action) throws Exception {
    long start = System.nanoTime();
    action.run();
    return System.nanoTime() - start;
  }

  @FunctionalInterface
  private interface Timed {
    Object run() throws Exception;
  }
}
