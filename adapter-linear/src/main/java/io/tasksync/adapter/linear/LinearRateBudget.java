package io.tasksync.adapter.linear;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * What Linear last reported of one token's two leaky buckets (requests and complexity), and how
 * long to wait before a request of a given cost fits in both. The refill rate is derived from the
 * headers ({@code (limit - remaining) / (reset - now)}, resets in epoch milliseconds), so the
 * budget follows whatever limits Linear currently applies instead of configured numbers.
 */
final class LinearRateBudget {

  /** One bucket as last reported. */
  private static final class Bucket {
    double limit = -1;
    double remaining = -1;
    double perMilli = -1;
    long observedAt;

    void observe(
        OptionalLong limitHeader, OptionalLong remainingHeader, OptionalLong reset, long now) {
      if (limitHeader.isEmpty() || remainingHeader.isEmpty()) {
        return;
      }
      limit = limitHeader.getAsLong();
      remaining = remainingHeader.getAsLong();
      observedAt = now;
      if (reset.isPresent()) {
        long resetAt =
            reset.getAsLong() < 100_000_000_000L ? reset.getAsLong() * 1000 : reset.getAsLong();
        if (resetAt > now && remaining < limit) {
          perMilli = (limit - remaining) / (resetAt - now);
        }
      }
    }

    /** Milliseconds until {@code cost} fits, 0 when it does now or nothing is known. */
    long waitFor(double cost, long now) {
      if (remaining < 0) {
        return 0;
      }
      double level = Math.min(limit, remaining + Math.max(0, perMilli) * (now - observedAt));
      if (level >= cost) {
        return 0;
      }
      if (perMilli <= 0) {
        return Long.MAX_VALUE;
      }
      return (long) Math.ceil((cost - level) / perMilli);
    }
  }

  private final Bucket requests = new Bucket();
  private final Bucket complexity = new Bucket();
  private double lastCost;

  /** Records the budget headers of a response (successful or rate limited). */
  synchronized void observe(HttpHeaders headers, Instant now) {
    long millis = now.toEpochMilli();
    requests.observe(
        number(headers, "x-ratelimit-requests-limit"),
        number(headers, "x-ratelimit-requests-remaining"),
        number(headers, "x-ratelimit-requests-reset"),
        millis);
    complexity.observe(
        number(headers, "x-ratelimit-complexity-limit"),
        number(headers, "x-ratelimit-complexity-remaining"),
        number(headers, "x-ratelimit-complexity-reset"),
        millis);
    OptionalLong cost = number(headers, "x-complexity");
    if (cost.isPresent()) {
      lastCost = cost.getAsLong();
    }
  }

  /**
   * How long to wait before the next request (costing about as much as the last one) fits in both
   * budgets; a small margin keeps the pace just under the limit rather than on it.
   */
  synchronized Duration waitBeforeNext(Instant now) {
    long millis = now.toEpochMilli();
    long wait =
        Math.max(requests.waitFor(1.02, millis), complexity.waitFor(lastCost * 1.02, millis));
    return wait == Long.MAX_VALUE ? Duration.ofDays(1) : Duration.ofMillis(wait);
  }

  /** How long until a request fits again after Linear said RATELIMITED. */
  synchronized Duration waitAfterRefusal(Instant now) {
    Duration wait = waitBeforeNext(now);
    return wait.isZero() ? Duration.ofSeconds(1) : wait;
  }

  private static OptionalLong number(HttpHeaders headers, String name) {
    try {
      return headers
          .firstValue(name)
          .map(v -> OptionalLong.of(Long.parseLong(v.trim())))
          .orElse(OptionalLong.empty());
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }
}
