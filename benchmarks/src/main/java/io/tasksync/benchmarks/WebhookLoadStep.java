package io.tasksync.benchmarks;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One step of the webhook load: deliveries sent open-loop at a fixed rate for a bounded time (each
 * sent on schedule whether or not earlier ones were answered), about 5% of them sent a second time
 * (a provider's redelivery); every answer's latency and result recorded.
 */
final class WebhookLoadStep {

  /** What one step saw. */
  record Result(
      int rate,
      double seconds,
      long sent,
      long resent,
      long accepted,
      long duplicates,
      long errors,
      double p50Ms,
      double p99Ms,
      double maxMs) {

    double achievedRate() {
      return sent / seconds;
    }

    boolean accountedFor() {
      return errors == 0 && accepted + duplicates == sent && duplicates >= resent;
    }
  }

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
  private final AtomicLong accepted = new AtomicLong();
  private final AtomicLong duplicates = new AtomicLong();
  private final AtomicLong errors = new AtomicLong();
  private final List<CompletableFuture<?>> pending = new ArrayList<>();

  Result run(SignedDeliveries deliveries, int rate, Duration length) throws InterruptedException {
    Random random = new Random(rate);
    long interval = TimeUnit.SECONDS.toNanos(1) / rate;
    long total = rate * length.toSeconds();
    long start = System.nanoTime();
    long resent = 0;
    HttpRequest previous = null;
    for (long i = 0; i < total; i++) {
      long due = start + i * interval;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        TimeUnit.NANOSECONDS.sleep(wait);
      }
      HttpRequest request =
          previous != null && random.nextInt(20) == 0 ? previous : deliveries.next();
      resent += request == previous ? 1 : 0;
      previous = request == previous ? null : request;
      send(request);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    for (CompletableFuture<?> f : pending) {
      try {
        f.get(60, TimeUnit.SECONDS);
      } catch (Exception e) {
        errors.incrementAndGet();
      }
    }
    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    return new Result(
        rate,
        seconds,
        total,
        resent,
        accepted.get(),
        duplicates.get(),
        errors.get(),
        percentile(sorted, 0.50),
        percentile(sorted, 0.99),
        sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6);
  }

  private void send(HttpRequest request) {
    long sentAt = System.nanoTime();
    pending.add(
        http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
            .handle(
                (response, failure) -> {
                  latencies.add(System.nanoTime() - sentAt);
                  if (failure != null || response.statusCode() != 200) {
                    errors.incrementAndGet();
                  } else if (response.body().contains("duplicate")) {
                    duplicates.incrementAndGet();
                  } else if (response.body().contains("accepted")) {
                    accepted.incrementAndGet();
                  } else {
                    errors.incrementAndGet();
                  }
                  return null;
                }));
  }

  private static double percentile(List<Long> sorted, double p) {
    if (sorted.isEmpty()) {
      return 0;
    }
    int index = (int) Math.ceil(p * sorted.size()) - 1;
    return sorted.get(Math.max(0, index)) / 1e6;
  }
}
