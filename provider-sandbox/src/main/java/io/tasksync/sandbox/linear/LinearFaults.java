package io.tasksync.sandbox.linear;

import java.time.Duration;

/** Faults a test asked for, each applied to the next GraphQL (or token) requests and used up. */
final class LinearFaults {

  /** What to do to one request. */
  enum Kind {
    NONE,
    STATUS,
    DELAY,
    TRUNCATE,
    RATE_LIMIT
  }

  private int failures;
  private int failureStatus;
  private int delays;
  private Duration delay = Duration.ZERO;
  private int truncations;
  private int storms;
  private int tokenFailures;
  private int tokenFailureStatus;

  synchronized void fail(int count, int status) {
    failures = count;
    failureStatus = status;
  }

  synchronized void delay(int count, Duration duration) {
    delays = count;
    delay = duration;
  }

  synchronized void truncate(int count) {
    truncations = count;
  }

  synchronized void rateLimitStorm(int count) {
    storms = count;
  }

  synchronized void failTokenEndpoint(int count, int status) {
    tokenFailures = count;
    tokenFailureStatus = status;
  }

  /** The fault for the next GraphQL request, used up. */
  synchronized Kind nextGraphQl() {
    if (failures > 0) {
      failures--;
      return Kind.STATUS;
    }
    if (storms > 0) {
      storms--;
      return Kind.RATE_LIMIT;
    }
    if (delays > 0) {
      delays--;
      return Kind.DELAY;
    }
    if (truncations > 0) {
      truncations--;
      return Kind.TRUNCATE;
    }
    return Kind.NONE;
  }

  /** The status to fail the next token request with, used up, or 0. */
  synchronized int nextTokenFailure() {
    if (tokenFailures > 0) {
      tokenFailures--;
      return tokenFailureStatus;
    }
    return 0;
  }

  synchronized int failureStatus() {
    return failureStatus;
  }

  synchronized Duration delay() {
    return delay;
  }
}
