package io.tasksync.application;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/** Exponential backoff with full jitter: attempt n waits a random time up to base * 2^(n-1). */
public record Backoff(Duration base, Duration max, DoubleSupplier random) {

  public Backoff {
    if (base.isNegative() || base.isZero() || max.compareTo(base) < 0) {
      throw new IllegalArgumentException("backoff needs 0 < base <= max");
    }
  }

  public static Backoff of(Duration base, Duration max) {
    return new Backoff(base, max, Math::random);
  }

  /** The wait before retry {@code attempt} (1-based), between base/2 and the capped ceiling. */
  public Duration delay(int attempt) {
    long ceiling = base.toMillis() << Math.min(Math.max(attempt - 1, 0), 20);
    ceiling = Math.min(ceiling, max.toMillis());
    long floor = Math.min(base.toMillis() / 2, ceiling);
    return Duration.ofMillis(floor + (long) (random.getAsDouble() * (ceiling - floor)));
  }
}
