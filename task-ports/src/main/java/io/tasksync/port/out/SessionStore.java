package io.tasksync.port.out;

import io.tasksync.domain.OrganizationId;
import java.time.Instant;
import java.util.Optional;

/**
 * Keeps the page's signed-in sessions, shared by every instance, so a session opened on one works
 * on all and a sign-out on one ends it on all. Keys are opaque (the app stores a digest of the
 * cookie, never the cookie itself).
 */
public interface SessionStore {

  /**
   * Opens a session of {@code organization} under {@code key}, valid until {@code expiresAt}.
   *
   * @return true when opened; false, with nothing changed, when the key is already in use
   * @throws StoreUnavailableException when the store cannot be reached
   */
  boolean open(String key, OrganizationId organization, Instant expiresAt);

  /**
   * The organization of the session {@code key}; empty when unknown, revoked, or expired at {@code
   * now} (at or after its expiry).
   *
   * @throws StoreUnavailableException when the store cannot be reached
   */
  Optional<OrganizationId> find(String key, Instant now);

  /**
   * Ends the session {@code key} on every instance. Idempotent; unknown keys are ignored.
   *
   * @throws StoreUnavailableException when the store cannot be reached
   */
  void revoke(String key);
}
