package io.tasksync.application.sync;

import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.RunKind;
import io.tasksync.port.out.SyncQueue;

/** The sync queue of one process: the worker pool, with the scheduler's debounce. */
public final class BackgroundSyncQueue implements SyncQueue {

  private final SyncWorkers workers;
  private final SyncScheduler scheduler;

  public BackgroundSyncQueue(SyncWorkers workers, SyncScheduler scheduler) {
    this.workers = workers;
    this.scheduler = scheduler;
  }

  @Override
  public boolean submit(IntegrationId integrationId, RunKind kind) {
    return workers.submit(integrationId, kind);
  }

  @Override
  public void soon(IntegrationId integrationId) {
    scheduler.soon(integrationId);
  }
}
