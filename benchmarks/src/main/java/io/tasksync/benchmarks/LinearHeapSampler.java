package io.tasksync.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/** Samples the used heap every 50 ms on a daemon thread and keeps the peak. */
final class LinearHeapSampler implements AutoCloseable {

  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

  private final AtomicLong peak = new AtomicLong();
  private final Thread thread;
  private volatile boolean running = true;

  LinearHeapSampler() {
    thread =
        new Thread(
            () -> {
              while (running) {
                peak.accumulateAndGet(MEMORY.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                  Thread.sleep(50);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                  return;
                }
              }
            },
            "heap-sampler");
    thread.setDaemon(true);
    thread.start();
  }

  long peakBytes() {
    return peak.get();
  }

  /** The heap still in use after a full collection. */
  static long retainedBytes() {
    System.gc();
    System.gc();
    return MEMORY.getHeapMemoryUsage().getUsed();
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
  }
}
