package io.tasksync.benchmarks;

import io.tasksync.sandbox.linear.LinearStandInConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Full import of a Linear stand-in workspace into the in-memory store through SyncTasksService:
 * issues/s, requests and complexity used, peak heap, and the share of the budget-limited ceiling
 * reached.
 *
 * <p>Arguments: {@code [issues=50000] [smaller=5000] [tightComplexity=200000]
 * [tightPeriodSeconds=20]}. Runs the larger and the smaller workspace at the stand-in's default
 * (Linear's documented) limits, then the larger one with a complexity budget small enough to bind,
 * and logs a Markdown table.
 */
public final class LinearImportBenchmark {

  private static final Logger log = LoggerFactory.getLogger(LinearImportBenchmark.class);

  private LinearImportBenchmark() {}

  public static void main(String[] args) {
    int issues = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
    int smaller = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
    long tightComplexity = args.length > 2 ? Long.parseLong(args[2]) : 200_000;
    long tightPeriod = args.length > 3 ? Long.parseLong(args[3]) : 20;
    LinearStandInConfig defaults = LinearStandInConfig.defaults();
    LinearImportRun.run("warm-up", defaults.withWorkspace(1, 2_000));
    List<LinearImportRun.Result> results = new ArrayList<>();
    results.add(LinearImportRun.run("default limits", defaults.withWorkspace(42, smaller)));
    results.add(LinearImportRun.run("default limits", defaults.withWorkspace(42, issues)));
    results.add(
        LinearImportRun.run(
            "tight complexity budget",
            defaults
                .withWorkspace(42, issues)
                .withLimits(5_000, tightComplexity, Duration.ofSeconds(tightPeriod))));
    log.info("\n{}", table(results));
  }

  static String table(List<LinearImportRun.Result> results) {
    StringBuilder out = new StringBuilder();
    out.append("| scenario | limits (req / complexity per period) | issues | outcome | time s |")
        .append(" issues/s | requests | complexity | complexity/issue | RATELIMITED |")
        .append(" budget floor s | share of ceiling | peak heap MiB | retained heap MiB |\n")
        .append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (LinearImportRun.Result r : results) {
      double seconds = r.elapsed().toMillis() / 1000.0;
      double floor = r.budgetFloor().toMillis() / 1000.0;
      out.append(
          String.format(
              Locale.ROOT,
              "| %s | %d / %d per %ds | %d | %s | %.1f | %.0f | %d | %d | %.1f | %d | %.1f | %s | %.0f | %.0f |%n",
              r.scenario(),
              r.limits().requestsLimit(),
              r.limits().complexityLimit(),
              r.limits().limitPeriod().toSeconds(),
              r.issues(),
              r.report().outcome(),
              seconds,
              r.issuesPerSecond(),
              r.requests(),
              r.complexity(),
              r.complexity() / (double) Math.max(1, r.issues()),
              r.rateLimited(),
              floor,
              floor == 0
                  ? "not budget-bound"
                  : String.format(Locale.ROOT, "%.0f%%", 100 * floor / seconds),
              r.peakHeap() / 1048576.0,
              r.retainedHeap() / 1048576.0));
    }
    return out.toString();
  }
}
