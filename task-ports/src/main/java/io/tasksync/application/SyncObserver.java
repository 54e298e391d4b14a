package io.tasksync.application;

import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.Provider;
import io.tasksync.domain.SyncProgress;
import io.tasksync.port.in.SyncReport;
import io.tasksync.port.out.TaskSyncException;
import java.time.Duration;
import java.time.Instant;

/** Hooks for metrics and logs around sync runs; every method defaults to doing nothing. */
public interface SyncObserver {

  SyncObserver NONE = new SyncObserver() {};

  default void pageStored(IntegrationId id, Provider provider, SyncProgress page) {}

  default void retrying(IntegrationId id, TaskSyncException cause, int attempt, Duration wait) {}

  default void rateLimitWait(IntegrationId id, Provider provider, Duration wait) {}

  default void leaseConflict(IntegrationId id) {}

  default void runFinished(Provider provider, SyncReport report) {}

  /** A run holds the lease and is about to fetch its first page. */
  default void runStarting(IntegrationId id, Provider provider) {}

  /** A run that started ({@link #runStarting}) ended, with the times it started and ended. */
  default void runEnded(
      IntegrationId id, Provider provider, SyncReport report, Instant startedAt, Instant endedAt) {}
}
