package io.tasksync.app.sync;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.tasksync.domain.Provider;
import io.tasksync.port.out.ProviderCallObserver;
import java.time.Duration;

/**
 * Counts the provider adapters' HTTP requests by provider and status class, times them, and feeds
 * their rate-limit waits into the same wait timer the sync service uses.
 */
public final class MicrometerProviderCallObserver implements ProviderCallObserver {

  private final MeterRegistry registry;

  public MicrometerProviderCallObserver(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void requestCompleted(
      Provider provider, String operation, int httpStatus, Duration latency) {
    Counter.builder("tasksync.provider.requests")
        .description("HTTP requests sent to the providers")
        .tag("provider", provider.id())
        .tag("status_class", statusClass(httpStatus))
        .register(registry)
        .increment();
    Timer.builder("tasksync.provider.request.latency")
        .description("time until a provider answered (or the request failed)")
        .tag("provider", provider.id())
        .register(registry)
        .record(latency);
  }

  @Override
  public void rateLimitWait(Provider provider, Duration wait) {
    MicrometerSyncObserver.rateLimitWaits(registry, provider).record(wait);
  }

  /** 2xx, 3xx, 4xx, 429 (kept apart from other 4xx), 5xx, or error when no answer came. */
  static String statusClass(int status) {
    if (status == 429) {
      return "429";
    }
    if (status >= 200 && status < 600) {
      return (status / 100) + "xx";
    }
    return "error";
  }
}
