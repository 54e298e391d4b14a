package io.tasksync.application.sync;

import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.RunKind;
import io.tasksync.port.in.RequestSyncUseCase;
import io.tasksync.port.out.SyncQueue;

/** Requests syncs through the sync queue. */
public final class RequestSyncService implements RequestSyncUseCase {

  private final SyncQueue queue;

  public RequestSyncService(SyncQueue queue) {
    this.queue = queue;
  }

  @Override
  public boolean requestNow(IntegrationId integrationId, RunKind kind) {
    return queue.submit(integrationId, kind);
  }

  @Override
  public void requestSoon(IntegrationId integrationId) {
    queue.soon(integrationId);
  }
}
