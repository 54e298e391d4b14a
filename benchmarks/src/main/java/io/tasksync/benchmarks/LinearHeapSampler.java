package io.tasksync.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Measures heap during a run: the peak of the used heap (sampled every 50 ms, so it includes
 * garbage not yet collected) and the peak of the live heap right after each collection.
 */
final class LinearHeapSampler implements AutoCloseable {

  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

  /** The heap's pools; a collection also reports Metaspace and the code cache, left out here. */
  private static final Set<String> HEAP_POOLS =
      ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(pool -> pool.getType() == MemoryType.HEAP)
          .map(MemoryPoolMXBean::getName)
          .collect(Collectors.toUnmodifiableSet());

  private final AtomicLong peakUsed = new AtomicLong();
  private final AtomicLong peakLive = new AtomicLong();
  private final Thread thread;
  private final List<NotificationEmitter> emitters = new ArrayList<>();
  private final NotificationListener afterGc = this::onGc;
  private volatile boolean running = true;

  LinearHeapSampler() {
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter) {
        NotificationEmitter emitter = (NotificationEmitter) gc;
        emitter.addNotificationListener(afterGc, null, null);
        emitters.add(emitter);
      }
    }
    thread =
        new Thread(
            () -> {
              while (running) {
                peakUsed.accumulateAndGet(MEMORY.getHeapMemoryUsage().getUsed(), Math::max);
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

  private void onGc(Notification notification, Object handback) {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
        notification.getType())) {
      return;
    }
    GarbageCollectionNotificationInfo info =
        GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
    long live =
        info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
            .filter(pool -> HEAP_POOLS.contains(pool.getKey()))
            .mapToLong(pool -> pool.getValue().getUsed())
            .sum();
    peakLive.accumulateAndGet(live, Math::max);
  }

  long peakUsedBytes() {
    return peakUsed.get();
  }

  long peakLiveBytes() {
    return peakLive.get();
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
    for (NotificationEmitter emitter : emitters) {
      try {
        emitter.removeNotificationListener(afterGc);
      } catch (ListenerNotFoundException e) {
        // already gone
      }
    }
  }
}
