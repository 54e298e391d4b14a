package io.tasksync.port.in;

import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.RunKind;
import java.util.Objects;

/**
 * Which integration to sync and how. An INCREMENTAL request for an integration that never completed
 * a run becomes INITIAL; an interrupted run is resumed whatever kind is asked.
 */
public record SyncTasksCommand(IntegrationId integrationId, RunKind kind) {

  public SyncTasksCommand {
    Objects.requireNonNull(integrationId, "integrationId");
    Objects.requireNonNull(kind, "kind");
  }
}
