package io.tasksync.benchmarks;

import io.tasksync.adapter.firestore.FirestoreConfig;
import io.tasksync.adapter.firestore.FirestoreStores;
import io.tasksync.sandbox.linear.LinearStandInConfig;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Full import of a Linear stand-in workspace at the stand-in's default (Linear's documented) limits
 * into the Firestore task and sync-state stores on a Firestore emulator, measured like {@link
 * LinearImportBenchmark}.
 *
 * <p>Arguments: {@code emulatorHost:port [issues=50000] [smaller=5000]}; each run writes to a fresh
 * project id, so runs do not see each other's documents.
 */
public final class LinearFirestoreImportBenchmark {

  private static final Logger log = LoggerFactory.getLogger(LinearFirestoreImportBenchmark.class);

  private LinearFirestoreImportBenchmark() {}

  public static void main(String[] args) {
    if (args.length < 1) {
      log.error("usage: LinearFirestoreImportBenchmark emulatorHost:port [issues] [smaller]");
      return;
    }
    String host = args[0];
    int issues = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
    int smaller = args.length > 2 ? Integer.parseInt(args[2]) : 5_000;
    LinearStandInConfig defaults = LinearStandInConfig.defaults();
    run("warm-up, Firestore emulator", defaults.withWorkspace(1, 1_000), host);
    List<LinearImportRun.Result> results = new ArrayList<>();
    results.add(
        run("default limits, Firestore emulator", defaults.withWorkspace(42, smaller), host));
    results.add(
        run("default limits, Firestore emulator", defaults.withWorkspace(42, issues), host));
    log.info("\n{}", LinearImportBenchmark.table(results));
  }

  private static LinearImportRun.Result run(
      String scenario, LinearStandInConfig standIn, String host) {
    String project = "bench-linear-" + System.nanoTime();
    try (FirestoreStores stores = FirestoreStores.create(FirestoreConfig.emulator(project, host))) {
      LinearImportRun.Result result =
          LinearImportRun.run(scenario, standIn, stores.taskStore(), stores.syncStateStore());
      log.info(
          "{}: {} issues, {} task documents written, outcome {}",
          scenario,
          result.issues(),
          stores.taskDocumentWrites(),
          result.report().outcome());
      return result;
    }
  }
}
