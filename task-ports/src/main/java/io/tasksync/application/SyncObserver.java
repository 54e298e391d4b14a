package io.tasksync.application;

import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.Provider;
import io.tasksync.domain.SyncProgress;
import io.tasksync.port.in.SyncReport;
import io.tasksync.port.out.TaskSyncException;
import java.time.Duration;

/** Hooks for metrics and logs around sync runs; every method defaults to doing nothing. */
public interface SyncObserver {

  SyncObserver NONE = new SyncObserver() {};

  default void pageStored(IntegrationId id, Provider provider, SyncProgress page) {}

  default void retrying(IntegrationId id, TaskSyncException cause, int attempt, Duration wait) {}

  default void rateLimitWait(IntegrationId id, Provider provider, Duration wait) {}

  default void leaseConflict(IntegrationId id) {}

  default void runFinished(Provider provider, SyncReport report) {}
}
