package io.tasksync.port.out;

import io.tasksync.domain.OrganizationId;
import io.tasksync.domain.Provider;
import java.time.Instant;
import java.util.Objects;

/**
 * An OAuth consent request awaiting its callback: who asked, for which provider, the PKCE verifier
 * (null without PKCE), a digest binding it to the browser that asked (null when unbound), and when
 * it stops being redeemable.
 */
public record PendingAuthorization(
    String nonce,
    OrganizationId organization,
    Provider provider,
    String codeVerifier,
    String browserDigest,
    Instant expiresAt) {

  public PendingAuthorization {
    Objects.requireNonNull(nonce, "nonce");
    Objects.requireNonNull(organization, "organization");
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(expiresAt, "expiresAt");
    if (nonce.isBlank() || nonce.length() > 200) {
      throw new IllegalArgumentException("nonce must be 1-200 characters");
    }
  }

  /** Whether it can still be redeemed at {@code now} (expiry excluded). */
  public boolean liveAt(Instant now) {
    return now.isBefore(expiresAt);
  }
}
