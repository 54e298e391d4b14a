package io.tasksync.application;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@link CredentialService} keeps and refreshes access tokens.
 *
 * @param refreshAhead how long before its expiry an access token is refreshed
 * @param revalidateAfter how long a cached access token is used before the store is read again (a
 *     disconnected or reconnected integration is noticed within this time, or at the provider's
 *     first rejection)
 * @param claimTtl how long one instance's claim on refreshing an integration holds before others
 *     may take it over (longer than a token request may take)
 * @param claimPoll how often an instance waiting for another's refresh reads the store again
 */
public record CredentialSettings(
    Duration refreshAhead, Duration revalidateAfter, Duration claimTtl, Duration claimPoll) {

  public CredentialSettings {
    positive(refreshAhead, "refreshAhead");
    positive(revalidateAfter, "revalidateAfter");
    positive(claimTtl, "claimTtl");
    positive(claimPoll, "claimPoll");
  }

  /** Refresh 5 minutes ahead, revalidate every minute, claims of 30 s polled every 200 ms. */
  public static CredentialSettings defaults() {
    return new CredentialSettings(
        Duration.ofMinutes(5),
        Duration.ofMinutes(1),
        Duration.ofSeconds(30),
        Duration.ofMillis(200));
  }

  public CredentialSettings withRefreshAhead(Duration ahead) {
    return new CredentialSettings(ahead, revalidateAfter, claimTtl, claimPoll);
  }

  public CredentialSettings withRevalidateAfter(Duration after) {
    return new CredentialSettings(refreshAhead, after, claimTtl, claimPoll);
  }

  public CredentialSettings withClaim(Duration ttl, Duration poll) {
    return new CredentialSettings(refreshAhead, revalidateAfter, ttl, poll);
  }

  private static void positive(Duration value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, was " + value);
    }
  }
}
