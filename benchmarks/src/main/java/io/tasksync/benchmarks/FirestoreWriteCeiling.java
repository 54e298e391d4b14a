package io.tasksync.benchmarks;

import io.tasksync.adapter.firestore.FirestoreConfig;
import io.tasksync.adapter.firestore.FirestoreEmulator;
import io.tasksync.adapter.firestore.FirestoreWriteBaselines;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.OrganizationId;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What bounds writes on the local emulator: the same task documents written in sequential commits
 * of 400 (the seed system's commits) and in 4 parallel commits of 250 (the bulk upsert's), with the
 * CPU time the emulator and this client spent (BENCHMARKS.md, "What bounds the emulator"). Options
 * as system properties: {@code tasks} (20000), {@code runs} (3).
 */
public final class FirestoreWriteCeiling {

  private static final Logger log = LoggerFactory.getLogger(FirestoreWriteCeiling.class);

  private record Sample(double wall, double emulatorCpu, double clientCpu) {}

  public static void main(String[] args) throws Exception {
    int count = Integer.getInteger("tasks", 20_000);
    int runs = Integer.getInteger("runs", 3);
    List<Map.Entry<String, Map<String, Object>>> docs =
        FirestoreWriteBaselines.documents(
            BenchmarkTasks.generate(
                OrganizationId.of("bench-org"), IntegrationId.of("bench-integration"), count));
    Stats seqWall = new Stats("sequential commits of 400");
    Stats parWall = new Stats("4 parallel commits of 250");
    double[] seqCpu = new double[2];
    double[] parCpu = new double[2];
    for (int run = 0; run < runs; run++) {
      try (FirestoreEmulator emulator = FirestoreEmulator.startDedicated()) {
        write(emulator, docs.subList(0, Math.min(5_000, count)), 4, 250);
        write(emulator, docs.subList(0, Math.min(5_000, count)), 1, 400);
        boolean seqFirst = run % 2 == 0;
        Sample first = write(emulator, docs, seqFirst ? 1 : 4, seqFirst ? 400 : 250);
        Sample second = write(emulator, docs, seqFirst ? 4 : 1, seqFirst ? 250 : 400);
        Sample seq = seqFirst ? first : second;
        Sample par = seqFirst ? second : first;
        seqWall.add((long) (seq.wall() * 1e9));
        parWall.add((long) (par.wall() * 1e9));
        add(seqCpu, seq);
        add(parCpu, par);
        log.info("run {}: sequential {}, parallel {}", run + 1, describe(seq), describe(par));
      }
    }
    log.info(
        "medians: sequential {} s, parallel {} s, parallel speed-up {}x",
        fmt(seqWall.median()),
        fmt(parWall.median()),
        fmt(seqWall.median() / parWall.median()));
    log.info(
        "CPU seconds per run (mean): sequential emulator {} + client {}; parallel emulator {} +"
            + " client {}",
        fmt(seqCpu[0] / runs),
        fmt(seqCpu[1] / runs),
        fmt(parCpu[0] / runs),
        fmt(parCpu[1] / runs));
  }

  private static Sample write(
      FirestoreEmulator emulator,
      List<Map.Entry<String, Map<String, Object>>> docs,
      int parallelism,
      int batchSize)
      throws Exception {
    FirestoreConfig project =
        FirestoreConfig.emulator(FirestoreEmulator.newProjectId(), emulator.host())
            .withRequestTimeout(Duration.ofSeconds(60));
    try (FirestoreWriteBaselines writer = FirestoreWriteBaselines.open(project)) {
      double emulatorBefore = seconds(emulator.cpuTime().orElse(Duration.ZERO));
      double clientBefore = clientCpu();
      long start = System.nanoTime();
      writer.rawParallelWrites(docs, parallelism, batchSize);
      double wall = (System.nanoTime() - start) / 1e9;
      return new Sample(
          wall,
          seconds(emulator.cpuTime().orElse(Duration.ZERO)) - emulatorBefore,
          clientCpu() - clientBefore);
    }
  }

  private static void add(double[] totals, Sample s) {
    totals[0] += s.emulatorCpu();
    totals[1] += s.clientCpu();
  }

  private static String describe(Sample s) {
    return String.format(
        Locale.ROOT,
        "%.2f s wall, CPU %.2f s emulator + %.2f s client = %.1f cores busy",
        s.wall(),
        s.emulatorCpu(),
        s.clientCpu(),
        (s.emulatorCpu() + s.clientCpu()) / s.wall());
  }

  private static double clientCpu() {
    return seconds(ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO));
  }

  private static double seconds(Duration d) {
    return d.toNanos() / 1e9;
  }

  private static String fmt(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }
}
