package io.tasksync.kit.http;

import java.time.Duration;

/** Waits; a seam so tests of rate-limit waits need not sleep. */
@FunctionalInterface
public interface Pause {

  /** Sleeps on the calling thread. */
  Pause REAL = d -> Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);

  void sleep(Duration duration) throws InterruptedException;
}
