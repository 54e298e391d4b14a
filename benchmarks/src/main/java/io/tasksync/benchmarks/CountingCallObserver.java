package io.tasksync.benchmarks;

import io.tasksync.domain.Provider;
import io.tasksync.port.out.ProviderCallObserver;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Counts the adapters' HTTP requests by cause (the harness's current one) and operation. */
final class CountingCallObserver implements ProviderCallObserver {

  private final Map<String, Map<String, LongAdder>> byCause = new ConcurrentHashMap<>();

  @Override
  public void requestCompleted(
      Provider provider, String operation, int httpStatus, Duration latency) {
    byCause
        .computeIfAbsent(FirestoreOps.currentCause(), c -> new ConcurrentHashMap<>())
        .computeIfAbsent(operation, o -> new LongAdder())
        .increment();
  }

  @Override
  public void rateLimitWait(Provider provider, Duration wait) {}

  /** Requests booked to {@code cause}, by operation. */
  Map<String, Long> requests(String cause) {
    Map<String, Long> out = new TreeMap<>();
    byCause.getOrDefault(cause, Map.of()).forEach((op, n) -> out.put(op, n.sum()));
    return out;
  }

  long total(String cause) {
    return requests(cause).values().stream().mapToLong(Long::longValue).sum();
  }
}
