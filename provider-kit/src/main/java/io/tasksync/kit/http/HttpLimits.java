package io.tasksync.kit.http;

import java.time.Duration;
import java.util.Objects;

/**
 * How long an adapter's HTTP calls may take and how long it waits for a rate limit itself.
 *
 * @param connectTimeout TCP connect timeout
 * @param requestTimeout time allowed for one whole request until the answer's headers
 * @param maxRateLimitWait the longest single wait for a rate limit inside a call; a longer one is
 *     reported as {@code RateLimitedException} for the sync to wait out and resume
 * @param rateLimitedAttempts attempts of one request while the provider answers "rate limited"
 */
public record HttpLimits(
    Duration connectTimeout,
    Duration requestTimeout,
    Duration maxRateLimitWait,
    int rateLimitedAttempts) {

  public HttpLimits {
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(requestTimeout, "requestTimeout");
    Objects.requireNonNull(maxRateLimitWait, "maxRateLimitWait");
    if (rateLimitedAttempts < 1) {
      throw new IllegalArgumentException("rateLimitedAttempts must be at least 1");
    }
  }

  /** 10 s to connect, 30 s per request, rate-limit waits up to 60 s, three attempts. */
  public static HttpLimits defaults() {
    return new HttpLimits(
        Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(60), 3);
  }

  public HttpLimits withTimeouts(Duration connect, Duration request) {
    return new HttpLimits(connect, request, maxRateLimitWait, rateLimitedAttempts);
  }

  public HttpLimits withRateLimit(int attempts, Duration longestWait) {
    return new HttpLimits(connectTimeout, requestTimeout, longestWait, attempts);
  }
}
