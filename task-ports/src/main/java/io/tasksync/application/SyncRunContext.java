package io.tasksync.application;

import io.tasksync.port.out.IntegrationStore;
import io.tasksync.port.out.SyncStateStore;
import io.tasksync.port.out.TaskStore;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * What a {@link SyncRun} works with: the stores, credentials, settings, clock, waits and observer,
 * and whether the service has been asked to stop.
 */
record SyncRunContext(
    IntegrationStore integrations,
    SyncStateStore states,
    TaskStore tasks,
    TokenSourceFactory tokens,
    SyncSettings settings,
    Clock clock,
    Sleeper sleeper,
    SyncObserver observer,
    BooleanSupplier stopRequested) {

  SyncRunContext {
    Objects.requireNonNull(integrations, "integrations");
    Objects.requireNonNull(states, "states");
    Objects.requireNonNull(tasks, "tasks");
    Objects.requireNonNull(tokens, "tokens");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(sleeper, "sleeper");
    Objects.requireNonNull(observer, "observer");
    Objects.requireNonNull(stopRequested, "stopRequested");
  }

  Instant now() {
    return clock.instant();
  }

  boolean stopping() {
    return stopRequested.getAsBoolean();
  }
}
