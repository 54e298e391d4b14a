package io.tasksync.app.sync;

import io.tasksync.domain.Provider;
import io.tasksync.port.out.ProviderCallObserver;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Running totals of the adapters' HTTP requests per provider (all, and refused with 429), read at
 * the start and end of a run to attribute requests to it; passes every call on to {@code next}.
 */
public final class ProviderRequestCounts implements ProviderCallObserver {

  /** A provider's totals at one moment. */
  public record Totals(long requests, long rateLimited) {
    Totals minus(Totals earlier) {
      return new Totals(requests - earlier.requests, rateLimited - earlier.rateLimited);
    }
  }

  private final ProviderCallObserver next;
  private final Map<Provider, AtomicLong> requests = new EnumMap<>(Provider.class);
  private final Map<Provider, AtomicLong> rateLimited = new EnumMap<>(Provider.class);

  public ProviderRequestCounts(ProviderCallObserver next) {
    this.next = next;
    for (Provider p : Provider.values()) {
      requests.put(p, new AtomicLong());
      rateLimited.put(p, new AtomicLong());
    }
  }

  @Override
  public void requestCompleted(
      Provider provider, String operation, int httpStatus, Duration latency) {
    requests.get(provider).incrementAndGet();
    if (httpStatus == 429) {
      rateLimited.get(provider).incrementAndGet();
    }
    next.requestCompleted(provider, operation, httpStatus, latency);
  }

  @Override
  public void rateLimitWait(Provider provider, Duration wait) {
    next.rateLimitWait(provider, wait);
  }

  public Totals totals(Provider provider) {
    return new Totals(requests.get(provider).get(), rateLimited.get(provider).get());
  }
}
