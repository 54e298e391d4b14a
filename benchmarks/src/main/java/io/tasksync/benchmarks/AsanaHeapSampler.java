package io.tasksync.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples the heap every 50 ms: the peak of used heap, and the peak of the old generation as left
 * by the last collection (what stays live, without the garbage that merely waits for a GC).
 */
final class AsanaHeapSampler implements AutoCloseable {

  private final AtomicLong peakUsed = new AtomicLong();
  private final AtomicLong peakLiveAfterGc = new AtomicLong();
  private final Thread thread;
  private volatile boolean running = true;

  AsanaHeapSampler() {
    thread = new Thread(this::sample, "asana-heap-sampler");
    thread.setDaemon(true);
    thread.start();
  }

  private void sample() {
    Runtime rt = Runtime.getRuntime();
    while (running) {
      peakUsed.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP
            && pool.getCollectionUsage() != null
            && pool.getName().contains("Old")) {
          peakLiveAfterGc.accumulateAndGet(pool.getCollectionUsage().getUsed(), Math::max);
        }
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  long peakUsedBytes() {
    return peakUsed.get();
  }

  long peakLiveAfterGcBytes() {
    return peakLiveAfterGc.get();
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
  }
}
