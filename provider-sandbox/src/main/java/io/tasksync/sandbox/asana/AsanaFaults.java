package io.tasksync.sandbox.asana;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/** Faults to inject into the next requests; each counter is consumed one request at a time. */
final class AsanaFaults {

  final AtomicInteger serverErrors = new AtomicInteger();
  final AtomicInteger serverErrorStatus = new AtomicInteger(500);
  final AtomicInteger truncated = new AtomicInteger();
  final AtomicInteger wrongShape = new AtomicInteger();
  final AtomicInteger rateLimited = new AtomicInteger();
  final AtomicLong rateLimitedRetryAfter = new AtomicLong(1);
  final AtomicInteger delayed = new AtomicInteger();
  final AtomicReference<Duration> delay = new AtomicReference<>(Duration.ZERO);
  final AtomicInteger forbidden = new AtomicInteger();
  final AtomicInteger notFound = new AtomicInteger();

  static boolean take(AtomicInteger counter) {
    return counter.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
  }
}
