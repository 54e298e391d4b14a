package io.tasksync.sandbox.clickup;

import java.time.Duration;

/** Faults injected into the next API responses, one kind at a time, counted down per request. */
final class ClickUpFaults {

  /** What the next faulty response looks like. */
  enum Kind {
    NONE,
    SERVER_ERROR,
    DELAY,
    TRUNCATED,
    WRONG_SHAPE,
    RATE_LIMIT_STORM
  }

  private Kind kind = Kind.NONE;
  private int remaining;
  private int status;
  private Duration delay = Duration.ZERO;

  synchronized void set(Kind newKind, int count, int newStatus, Duration newDelay) {
    kind = newKind;
    remaining = count;
    status = newStatus;
    delay = newDelay;
  }

  /** Takes one fault for the current request; NONE when none is pending. */
  synchronized Taken take() {
    if (remaining <= 0) {
      return new Taken(Kind.NONE, 0, Duration.ZERO);
    }
    remaining--;
    return new Taken(kind, status, delay);
  }

  /** The fault applied to one request. */
  record Taken(Kind kind, int status, Duration delay) {}
}
