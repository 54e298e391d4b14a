package io.tasksync.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
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
 * Watches the heap during a run: the peak of used heap (sampled every 50 ms, garbage included) and
 * the peak of the heap left after each garbage collection (the live set, which is what grows when a
 * program holds on to data); and the machine's 1-minute load average (lowest and highest, sampled
 * every 5 s).
 */
final class AsanaHeapSampler implements AutoCloseable {

  private final AtomicLong peakUsed = new AtomicLong();
  private final AtomicLong peakAfterGc = new AtomicLong();
  private volatile double loadMin = Double.MAX_VALUE;
  private volatile double loadMax = -1;
  private final Set<String> heapPools =
      ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(p -> p.getType() == MemoryType.HEAP)
          .map(MemoryPoolMXBean::getName)
          .collect(Collectors.toSet());
  private final List<NotificationEmitter> emitters = new ArrayList<>();
  private final NotificationListener listener = this::onGc;
  private final Thread thread;
  private volatile boolean running = true;

  AsanaHeapSampler() {
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter) {
        NotificationEmitter emitter = (NotificationEmitter) gc;
        emitter.addNotificationListener(listener, null, null);
        emitters.add(emitter);
      }
    }
    thread = new Thread(this::sample, "asana-heap-sampler");
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
    long after = 0;
    for (var e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
      if (heapPools.contains(e.getKey())) {
        MemoryUsage usage = e.getValue();
        after += usage.getUsed();
      }
    }
    peakAfterGc.accumulateAndGet(after, Math::max);
  }

  private void sample() {
    Runtime rt = Runtime.getRuntime();
    for (long n = 0; running; n++) {
      peakUsed.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
      if (n % 100 == 0) {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        loadMin = Math.min(loadMin, load);
        loadMax = Math.max(loadMax, load);
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

  long peakAfterGcBytes() {
    return peakAfterGc.get();
  }

  /** The lowest and highest 1-minute load average seen, e.g. {@code 1.2-3.4}. */
  String loadAverage() {
    return loadMax < 0
        ? "n/a"
        : String.format(java.util.Locale.ROOT, "%.1f-%.1f", loadMin, loadMax);
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
    for (NotificationEmitter emitter : emitters) {
      try {
        emitter.removeNotificationListener(listener);
      } catch (ListenerNotFoundException e) {
        // already gone
      }
    }
  }
}
