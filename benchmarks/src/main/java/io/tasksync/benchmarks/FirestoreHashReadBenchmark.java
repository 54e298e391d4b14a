package io.tasksync.benchmarks;

import io.tasksync.adapter.firestore.FirestoreConfig;
import io.tasksync.adapter.firestore.FirestoreEmulator;
import io.tasksync.adapter.firestore.FirestoreStores;
import io.tasksync.adapter.firestore.FirestoreWriteBaselines;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.OrganizationId;
import io.tasksync.domain.Task;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the bulk upsert should learn the stored content hashes: field-masked getAll batches (what it
 * does), whole-document getAll batches, or one projected query over the integration. Options:
 * {@code tasks} (20000), {@code runs} (3).
 */
public final class FirestoreHashReadBenchmark {

  private static final Logger log = LoggerFactory.getLogger(FirestoreHashReadBenchmark.class);

  private FirestoreHashReadBenchmark() {}

  public static void main(String[] args) throws Exception {
    int count = Integer.getInteger("tasks", 20_000);
    int runs = Integer.getInteger("runs", 3);
    IntegrationId integration = IntegrationId.of("hash-read");
    List<Task> tasks = BenchmarkTasks.generate(OrganizationId.of("bench-org"), integration, count);
    Stats masked = new Stats("getAll batches with a field mask (contentHash, deleted)");
    Stats whole = new Stats("getAll batches of whole documents");
    Stats query = new Stats("one query over the integration, select(contentHash, deleted)");
    try (FirestoreEmulator emulator = FirestoreEmulator.startDedicated()) {
      FirestoreConfig config =
          FirestoreConfig.emulator(FirestoreEmulator.newProjectId(), emulator.host())
              .withRequestTimeout(Duration.ofSeconds(60));
      try (FirestoreStores stores = FirestoreStores.create(config);
          FirestoreWriteBaselines reads = FirestoreWriteBaselines.open(config)) {
        stores.taskStore().upsert(tasks);
        int p = config.writeParallelism();
        int b = config.batchSize();
        reads.readHashesByGetAll(tasks, p, b, true);
        for (int run = 0; run < runs; run++) {
          masked.add(time(() -> reads.readHashesByGetAll(tasks, p, b, true), count));
          whole.add(time(() -> reads.readHashesByGetAll(tasks, p, b, false), count));
          query.add(time(() -> reads.readHashesByQuery(integration), count));
        }
      }
    }
    for (Stats s : List.of(masked, whole, query)) {
      log.info(
          "{}: median {} s, runs {}",
          s.name(),
          String.format(Locale.ROOT, "%.2f", s.median()),
          s.runs().stream().map(r -> String.format(Locale.ROOT, "%.2f", r)).toList());
    }
  }

  private static long time(Read read, int expected) throws Exception {
    long start = System.nanoTime();
    int found = read.run();
    long took = System.nanoTime() - start;
    if (found != expected) {
      throw new IllegalStateException("read " + found + " of " + expected + " documents");
    }
    return took;
  }

  @FunctionalInterface
  private interface Read {
    int run() throws Exception;
  }
}
