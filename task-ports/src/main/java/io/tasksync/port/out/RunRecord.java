package io.tasksync.port.out;

import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.Provider;
import io.tasksync.domain.RunKind;
import io.tasksync.domain.SyncError;
import io.tasksync.domain.SyncProgress;
import io.tasksync.port.in.SyncOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One finished sync run, as kept in the run history.
 *
 * @param runId unique per run
 * @param kind the kind of run, or null when unknown
 * @param progress the run's counts
 * @param error why it did not succeed, or null
 * @param providerRequests HTTP requests the provider's adapter sent while the run ran (runs of the
 *     same provider that overlap in one process share these counts)
 * @param rateLimitedRequests how many of them the provider refused for its rate limit (HTTP 429)
 * @param warnings things the run chose not to do
 * @param activeTasks how many of the integration's tasks were stored and not deleted after the run
 * @param instanceId the {@code TASKSYNC_INSTANCE_ID} of the instance that ran it, or null when
 *     unknown (runs kept before it was recorded)
 */
public record RunRecord(
    String runId,
    IntegrationId integrationId,
    Provider provider,
    RunKind kind,
    SyncOutcome outcome,
    boolean resumed,
    Instant startedAt,
    Instant finishedAt,
    SyncProgress progress,
    SyncError error,
    long providerRequests,
    long rateLimitedRequests,
    List<String> warnings,
    long activeTasks,
    String instanceId) {

  public RunRecord {
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(integrationId, "integrationId");
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(finishedAt, "finishedAt");
    progress = progress == null ? SyncProgress.ZERO : progress;
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
    if (finishedAt.isBefore(startedAt)) {
      throw new IllegalArgumentException("finishedAt is before startedAt");
    }
  }

  public Duration duration() {
    return Duration.between(startedAt, finishedAt);
  }
}
