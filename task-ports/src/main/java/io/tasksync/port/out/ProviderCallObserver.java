package io.tasksync.port.out;

import io.tasksync.domain.Provider;
import java.time.Duration;

/**
 * Told about every HTTP request a provider adapter sends and every wait for a provider's rate
 * limit, so the app can count them; implementations must be fast and must not throw.
 */
public interface ProviderCallObserver {

  /** Observes nothing. */
  ProviderCallObserver NONE =
      new ProviderCallObserver() {
        @Override
        public void requestCompleted(
            Provider provider, String operation, int httpStatus, Duration latency) {}

        @Override
        public void rateLimitWait(Provider provider, Duration wait) {}
      };

  /**
   * One HTTP request finished: {@code operation} is a low-cardinality name of what was asked (no
   * ids, no tokens), {@code httpStatus} the answer's status or 0 when no answer came (connection
   * failure, timeout).
   */
  void requestCompleted(Provider provider, String operation, int httpStatus, Duration latency);

  /** The adapter held a request back for {@code wait} to respect the provider's rate limit. */
  void rateLimitWait(Provider provider, Duration wait);
}
