package io.tasksync.app.web;

import io.tasksync.domain.ErrorCategory;
import io.tasksync.domain.SyncError;
import io.tasksync.domain.SyncProgress;
import io.tasksync.port.out.RunRecord;
import java.time.Instant;
import java.util.List;

/** One finished run as the API shows it, its error with what the user should do. */
record RunView(
    String runId,
    String integrationId,
    String provider,
    String kind,
    String outcome,
    boolean resumed,
    Instant startedAt,
    Instant finishedAt,
    long durationMs,
    SyncProgress counts,
    long providerRequests,
    long rateLimitedRequests,
    long activeTasks,
    RunError error,
    List<String> warnings,
    String instanceId) {

  record RunError(String category, String message, Instant at, String advice) {

    static RunError of(SyncError e) {
      return e == null
          ? null
          : new RunError(e.category().name(), e.message(), e.at(), RunView.advice(e.category()));
    }
  }

  record RunList(String integrationId, int capacity, List<RunView> runs) {}

  static RunView of(RunRecord r) {
    return new RunView(
        r.runId(),
        r.integrationId().value(),
        r.provider().id(),
        r.kind() == null ? null : r.kind().name(),
        r.outcome().name(),
        r.resumed(),
        r.startedAt(),
        r.finishedAt(),
        r.duration().toMillis(),
        r.progress(),
        r.providerRequests(),
        r.rateLimitedRequests(),
        r.activeTasks(),
        RunError.of(r.error()),
        r.warnings(),
        r.instanceId());
  }

  static String advice(ErrorCategory category) {
    return switch (category) {
      case TRANSIENT ->
          "Nothing to do: tasksync retries on its own, and the next run resumes where this one"
              + " stopped.";
      case NEEDS_USER ->
          "Reconnect this account (Connect on its card): the provider no longer accepts"
              + " tasksync's access.";
      case BUG ->
          "Report it with the run's time: the provider answered in a shape tasksync does not"
              + " expect. What was stored is kept.";
    };
  }
}
