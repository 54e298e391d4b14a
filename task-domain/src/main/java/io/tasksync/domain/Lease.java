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

  /**
   * Whether {@code candidate} may take this lease at {@code now}: it has expired, {@code candidate}
   * already holds it, or it is held by another incarnation of {@code candidate}'s instance (see
   * {@link LeaseOwner}: that incarnation's process is dead, since an instance runs one process).
   */
  public boolean canBeTakenBy(String candidate, Instant now) {
    return isExpiredAt(now)
        || owner.equals(candidate)
        || LeaseOwner.parse(owner).isOtherIncarnationOf(LeaseOwner.parse(candidate));
  }
}
