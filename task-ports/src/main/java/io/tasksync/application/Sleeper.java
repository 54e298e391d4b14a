package io.tasksync.application;

import java.time.Duration;

/** Waits; a seam so tests run retries and rate-limit waits without real time passing. */
@FunctionalInterface
public interface Sleeper {

  Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

  void sleep(Duration duration) throws InterruptedException;
}
