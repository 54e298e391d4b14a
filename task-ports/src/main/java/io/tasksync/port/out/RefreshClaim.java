package io.tasksync.port.out;

import java.time.Instant;
import java.util.Objects;

/**
 * One instance's claim on refreshing an integration's credentials, until {@code expiresAt}.
 *
 * @param owner who holds the claim (an instance of the credential service)
 * @param expiresAt when the claim lapses if its owner has not replaced the credentials by then
 */
public record RefreshClaim(String owner, Instant expiresAt) {

  public RefreshClaim {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(expiresAt, "expiresAt");
    if (owner.isBlank()) {
      throw new IllegalArgumentException("owner must not be blank");
    }
  }

  /** Whether the claim still holds at {@code now}. */
  public boolean holdsAt(Instant now) {
    return now.isBefore(expiresAt);
  }
}
