package io.tasksync.port.in;

import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.RunKind;

/** Asks for a background sync of an integration. */
public interface RequestSyncUseCase {

  /**
   * Queues a run of {@code kind} now. When the integration is already queued or running, one more
   * incremental run follows the current one, so changes announced meanwhile are not missed.
   *
   * @return false when it was already queued or running, the queue is full, or it is stopping
   */
  boolean requestNow(IntegrationId integrationId, RunKind kind);

  /**
   * Queues an incremental run after a short debounce: a burst of requests for one integration
   * becomes one run.
   */
  void requestSoon(IntegrationId integrationId);
}
