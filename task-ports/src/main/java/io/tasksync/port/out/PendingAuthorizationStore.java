package io.tasksync.port.out;

import java.time.Instant;
import java.util.Optional;

/**
 * Keeps the OAuth consent requests awaiting their callback, shared by every instance, so a callback
 * may reach another instance than the one that issued the state. Each is redeemed at most once.
 */
public interface PendingAuthorizationStore {

  /**
   * Records a pending authorization under its nonce.
   *
   * @return true when recorded; false, with nothing changed, when the nonce is already known
   * @throws StoreUnavailableException when the store cannot be reached
   */
  boolean put(PendingAuthorization pending);

  /**
   * Removes and returns the pending authorization of {@code nonce}. Of any number of callers,
   * racing on any instances, at most one receives it; an expired one (at or after its {@code
   * expiresAt}) is removed and never returned.
   *
   * @return the pending authorization, or empty when unknown, already taken or expired
   * @throws StoreUnavailableException when the store cannot be reached
   */
  Optional<PendingAuthorization> take(String nonce, Instant now);
}
