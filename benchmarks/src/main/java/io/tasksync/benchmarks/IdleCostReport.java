package io.tasksync.benchmarks;

import io.tasksync.domain.Provider;
import java.util.List;

/** The idle-cost tables: per run as measured, and per integration per hour at the defaults. */
final class IdleCostReport {

  private IdleCostReport() {}

  static void print(List<IdlePhase> phases, IdlePhase scheduling, int tasks, String load) {
    Table measured =
        new Table(
            String.format(
                "Idle cost per run, measured (%,d tasks per integration; %s)", tasks, load),
            "provider",
            "phase",
            "runs",
            "provider requests / run",
            "by operation",
            "Firestore reads / run",
            "by collection",
            "Firestore writes / run",
            "by collection",
            "task documents written / run",
            "sequential Firestore calls / run",
            "s / run",
            "CPU s / run (stand-in included)");
    for (IdlePhase p : phases) {
      measured.row(
          p.provider().displayName(),
          p.kind(),
          p.runs(),
          p.requestsPerRun(),
          p.requestsPerRunByOperation(),
          p.readsPerRun(),
          p.readsByCollection(),
          p.writesPerRun(),
          p.writesByCollection(),
          p.taskWritesPerRun(),
          p.sequentialFirestoreCallsPerRun(),
          p.seconds() / p.runs(),
          p.cpuSeconds() / p.runs());
    }
    double schedulingReads = scheduling.readsPerRun();
    measured.row(
        "all",
        "scheduler round (query of connected integrations), per integration",
        scheduling.runs() + " integrations",
        0,
        "",
        schedulingReads,
        scheduling.readsByCollection(),
        0,
        "",
        0,
        "",
        "",
        "");
    measured.print();
    hourly(phases, schedulingReads, tasks).print();
  }

  private static Table hourly(List<IdlePhase> phases, double schedulingReads, int tasks) {
    double incrementalPerHour = 3600.0 / IdleCostBenchmark.INCREMENTAL_EVERY.toSeconds();
    double reconcilePerHour = 3600.0 / IdleCostBenchmark.RECONCILE_EVERY.toSeconds();
    Table t =
        new Table(
            String.format(
                "Idle cost per integration per hour at the default intervals (incremental every"
                    + " %s, reconciliation every %s; %,d tasks)",
                IdleCostBenchmark.INCREMENTAL_EVERY, IdleCostBenchmark.RECONCILE_EVERY, tasks),
            "provider",
            "cause",
            "per hour",
            "provider requests / h",
            "Firestore reads / h",
            "Firestore writes / h",
            "task writes / h");
    // The credential service refreshes 5 minutes before expiry: once per (lifetime - 5 min).
    for (Provider provider : Provider.values()) {
      double requests = 0;
      double reads = 0;
      double writes = 0;
      for (IdlePhase p : phases) {
        if (p.provider() != provider || p.kind().startsWith("initial")) {
          continue;
        }
        double perHour;
        if (p.kind().startsWith("incremental")) {
          perHour = incrementalPerHour;
        } else if (p.kind().startsWith("reconciliation")) {
          perHour = reconcilePerHour;
        } else {
          perHour = 3600.0 / p.tokenLifetime().minusMinutes(5).toSeconds();
        }
        t.row(
            provider.displayName(),
            p.kind(),
            perHour,
            p.requestsPerRun() * perHour,
            p.readsPerRun() * perHour,
            p.writesPerRun() * perHour,
            p.taskWritesPerRun() * perHour);
        requests += p.requestsPerRun() * perHour;
        reads += p.readsPerRun() * perHour;
        writes += p.writesPerRun() * perHour;
      }
      double rounds = incrementalPerHour + reconcilePerHour;
      t.row(provider.displayName(), "scheduler rounds", rounds, 0, schedulingReads * rounds, 0, 0);
      t.row(
          provider.displayName(), "webhook intake (nothing changes: no deliveries)", 0, 0, 0, 0, 0);
      reads += schedulingReads * rounds;
      t.row("**" + provider.displayName() + "**", "**total**", "", requests, reads, writes, 0);
    }
    return t;
  }
}
