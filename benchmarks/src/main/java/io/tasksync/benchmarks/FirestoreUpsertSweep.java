package io.tasksync.benchmarks;

import io.tasksync.adapter.firestore.FirestoreConfig;
import io.tasksync.adapter.firestore.FirestoreEmulator;
import io.tasksync.adapter.firestore.FirestoreStores;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.OrganizationId;
import io.tasksync.domain.Task;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tries write parallelism and batch size combinations of the bulk upsert on the emulator, to choose
 * the defaults of {@link FirestoreConfig}. Options: {@code tasks} (10000), {@code runs} (2).
 */
public final class FirestoreUpsertSweep {

  private static final Logger log = LoggerFactory.getLogger(FirestoreUpsertSweep.class);

  private FirestoreUpsertSweep() {}

  public static void main(String[] args) throws Exception {
    int count = Integer.getInteger("tasks", 10_000);
    int runs = Integer.getInteger("runs", 2);
    List<Task> tasks =
        BenchmarkTasks.generate(OrganizationId.of("sweep-org"), IntegrationId.of("sweep"), count);
    for (int parallelism : new int[] {1, 2, 4, 8, 16}) {
      for (int batchSize : new int[] {100, 250, 500}) {
        double[] best = {Double.MAX_VALUE, Double.MAX_VALUE};
        for (int run = 0; run < runs; run++) {
          double[] seconds = measureOnAFreshEmulator(tasks, parallelism, batchSize);
          best[0] = Math.min(best[0], seconds[0]);
          best[1] = Math.min(best[1], seconds[1]);
        }
        log.info(
            "parallelism {}, batch {}: empty store {} tasks/s, unchanged {} tasks/s",
            parallelism,
            batchSize,
            String.format(Locale.ROOT, "%.0f", count / best[0]),
            String.format(Locale.ROOT, "%.0f", count / best[1]));
      }
    }
  }

  private static double[] measureOnAFreshEmulator(
      List<Task> tasks, int parallelism, int batchSize) {
    try (FirestoreEmulator emulator = FirestoreEmulator.startDedicated()) {
      measure(emulator, tasks.subList(0, Math.min(tasks.size(), 3_000)), 4, 250);
      return measure(emulator, tasks, parallelism, batchSize);
    }
  }

  private static double[] measure(
      FirestoreEmulator emulator, List<Task> tasks, int parallelism, int batchSize) {
    FirestoreConfig config =
        FirestoreConfig.emulator(FirestoreEmulator.newProjectId(), emulator.host())
            .withWriteParallelism(parallelism)
            .withBatchSize(batchSize)
            .withRequestTimeout(Duration.ofSeconds(60));
    double[] seconds = new double[2];
    try (FirestoreStores stores = FirestoreStores.create(config)) {
      long start = System.nanoTime();
      stores.taskStore().upsert(tasks);
      seconds[0] = (System.nanoTime() - start) / 1e9;
      start = System.nanoTime();
      stores.taskStore().upsert(tasks);
      seconds[1] = (System.nanoTime() - start) / 1e9;
    }
    return seconds;
  }
}
