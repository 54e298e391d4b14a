package io.tasksync.app.web;

import io.tasksync.domain.Integration;
import io.tasksync.domain.SyncError;
import io.tasksync.domain.SyncProgress;
import io.tasksync.domain.SyncState;
import io.tasksync.domain.Task;
import io.tasksync.domain.Workspace;
import java.time.Instant;
import java.util.List;

/** The JSON shapes of the API: never a token, never internal fields. */
final class Views {

  private Views() {}

  record IntegrationView(
      String id,
      String provider,
      String providerName,
      String status,
      List<Workspace> workspaces,
      long taskCount,
      Instant createdAt,
      Instant updatedAt,
      SyncView sync) {

    static IntegrationView of(Integration i, SyncState state, long taskCount, Instant now) {
      return new IntegrationView(
          i.id().value(),
          i.provider().id(),
          i.provider().displayName(),
          i.status().name(),
          i.workspaces(),
          taskCount,
          i.createdAt(),
          i.updatedAt(),
          SyncView.of(state, taskCount, now));
    }
  }

  /**
   * An integration's sync state. A run recorded as RUNNING with no live lease (its worker died, its
   * heartbeat is older than the lease's expiry) shows as status STALLED, running false, stalled
   * true, until a worker resumes it.
   */
  record SyncView(
      String integrationId,
      String status,
      String runKind,
      boolean running,
      boolean stalled,
      SyncProgress progress,
      long taskCount,
      ErrorView lastError,
      Instant startedAt,
      Instant heartbeatAt,
      Instant finishedAt,
      Instant lastSuccessAt,
      Instant highWaterMark) {

    static SyncView of(SyncState s, long taskCount, Instant now) {
      boolean stalled = s.isStalledAt(now);
      return new SyncView(
          s.integrationId().value(),
          stalled ? "STALLED" : s.status().name(),
          s.runKind() == null ? null : s.runKind().name(),
          s.status() == io.tasksync.domain.SyncStatus.RUNNING && !stalled,
          stalled,
          s.progress(),
          taskCount,
          ErrorView.of(s.lastError()),
          s.startedAt(),
          s.heartbeatAt(),
          s.finishedAt(),
          s.lastSuccessAt(),
          s.checkpoint().highWaterMark());
    }
  }

  record ErrorView(String category, String message, Instant at) {
    static ErrorView of(SyncError e) {
      return e == null ? null : new ErrorView(e.category().name(), e.message(), e.at());
    }
  }

  record TaskView(
      String integrationId,
      String provider,
      String externalId,
      String url,
      String title,
      String description,
      String status,
      String rawStatus,
      String priority,
      List<String> labels,
      List<String> assignees,
      List<String> projectPath,
      String parentExternalId,
      String dueDate,
      String startDate,
      Instant createdAt,
      Instant updatedAt,
      Instant completedAt,
      Long timeTrackedMinutes,
      Double estimate,
      String estimateUnit,
      Instant deletedAt) {

    static TaskView of(Task t) {
      return new TaskView(
          t.integrationId().value(),
          t.provider().id(),
          t.externalId(),
          t.url(),
          t.title(),
          t.description(),
          t.statusCategory().name(),
          t.rawStatus(),
          t.priority().level().name(),
          t.labels(),
          t.assignees().stream().map(p -> p.name() == null ? p.externalId() : p.name()).toList(),
          t.projectPath(),
          t.parentExternalId(),
          t.dueDate() == null ? null : t.dueDate().iso(),
          t.startDate() == null ? null : t.startDate().iso(),
          t.createdAt(),
          t.updatedAt(),
          t.completedAt(),
          t.timeTrackedMinutes(),
          t.estimate() == null ? null : t.estimate().value(),
          t.estimate() == null ? null : t.estimate().unit().name(),
          t.deletedAt());
    }
  }

  record TaskPageView(List<TaskView> tasks, String nextCursor) {}

  record SyncAccepted(String integrationId, String runKind, boolean queued, String message) {}

  record DisconnectRequest(Boolean deleteTasks) {}

  record DisconnectView(String integrationId, String status, boolean revoked, long tasksDeleted) {}

  record SignInRequest(String apiKey) {}

  record SessionView(boolean signedIn, String organization) {}

  record SyncRequest(String kind) {}
}
