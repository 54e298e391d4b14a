package io.tasksync.sandbox.linear;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One grant's two leaky buckets (requests and complexity), each refilled at {@code limit / period},
 * and the {@code X-RateLimit-*} headers that report them. Reset times are epoch milliseconds at
 * which the bucket is full again.
 */
final class LinearBudget {

  private final long requestsLimit;
  private final long complexityLimit;
  private final double periodMillis;
  private double requests;
  private double complexity;
  private long lastMillis;

  LinearBudget(long requestsLimit, long complexityLimit, Duration period, Instant now) {
    this.requestsLimit = requestsLimit;
    this.complexityLimit = complexityLimit;
    this.periodMillis = period.toMillis();
    this.requests = requestsLimit;
    this.complexity = complexityLimit;
    this.lastMillis = now.toEpochMilli();
  }

  /**
   * Takes one request and {@code cost} points; false (taking nothing) when either would overflow.
   */
  synchronized boolean tryTake(long cost, Instant now) {
    refill(now);
    if (requests < 1 || complexity < cost) {
      return false;
    }
    requests -= 1;
    complexity -= cost;
    return true;
  }

  /** Empties both buckets, as a storm of other clients on the same token would. */
  synchronized void drain(Instant now) {
    refill(now);
    requests = 0;
    complexity = 0;
  }

  synchronized Map<String, String> headers(Instant now) {
    refill(now);
    long millis = now.toEpochMilli();
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("X-RateLimit-Requests-Limit", Long.toString(requestsLimit));
    headers.put("X-RateLimit-Requests-Remaining", Long.toString((long) Math.floor(requests)));
    headers.put(
        "X-RateLimit-Requests-Reset", Long.toString(millis + fullIn(requests, requestsLimit)));
    headers.put("X-RateLimit-Complexity-Limit", Long.toString(complexityLimit));
    headers.put("X-RateLimit-Complexity-Remaining", Long.toString((long) Math.floor(complexity)));
    headers.put(
        "X-RateLimit-Complexity-Reset",
        Long.toString(millis + fullIn(complexity, complexityLimit)));
    return headers;
  }

  private long fullIn(double level, long limit) {
    return (long) Math.ceil((limit - level) * periodMillis / limit);
  }

  private void refill(Instant now) {
    long millis = now.toEpochMilli();
    long elapsed = Math.max(0, millis - lastMillis);
    lastMillis = Math.max(lastMillis, millis);
    requests = Math.min(requestsLimit, requests + elapsed * requestsLimit / periodMillis);
    complexity = Math.min(complexityLimit, complexity + elapsed * complexityLimit / periodMillis);
  }
}
