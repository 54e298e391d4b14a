package io.tasksync.port.out;

import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.RunKind;

/** Where the use cases hand syncs to run in the background. */
public interface SyncQueue {

  /**
   * Queues a run now; an integration is queued at most once at a time, and a request made while it
   * is queued or running is honoured by one incremental run after the current one.
   *
   * @return false when it was already queued or running, the queue is full, or it is stopping
   */
  boolean submit(IntegrationId integrationId, RunKind kind);

  /** Queues an incremental run after the debounce, once for a burst of calls. */
  void soon(IntegrationId integrationId);
}
