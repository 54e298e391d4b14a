package io.tasksync.domain;

import java.time.Duration;
import java.time.Instant;

/** The right of one worker to run an integration's sync until {@code expiresAt}. */
public record Lease(String owner, Instant expiresAt) {

  public Lease {
    Require.notBlank(owner, "lease.owner");
    Require.field(expiresAt, "lease.expiresAt");
  }

  public static Lease of(String owner, Instant now, Duration ttl) {
    return new Lease(owner, now.plus(ttl));
  }

  public boolean isExpiredAt(Instant now) {
    return !now.isBefore(expiresAt);
  }

  public boolean isHeldBy(String candidate, Instant now) {
    return owner.equals(candidate) && !isExpiredAt(now);
  }
}
