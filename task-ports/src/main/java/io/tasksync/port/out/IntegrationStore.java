package io.tasksync.port.out;

import io.tasksync.domain.ConnectionStatus;
import io.tasksync.domain.EncryptedCredentials;
import io.tasksync.domain.Integration;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.OrganizationId;
import io.tasksync.domain.Provider;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Keeps integrations with their sealed credentials. Several instances of the application share one
 * store; the credential methods let them refresh one integration's tokens without a coordinator.
 * Credentials are compared by value: sealing is randomized, so every seal is a distinct version.
 */
public interface IntegrationStore {

  /**
   * Inserts or replaces by id, the whole integration; any refresh claim on it ends.
   *
   * @throws StoreUnavailableException when the store cannot be written
   */
  void save(Integration integration);

  Optional<Integration> get(IntegrationId id);

  /** An organization's integrations, oldest first. */
  List<Integration> findByOrganization(OrganizationId organizationId);

  /** Every integration in the given status, oldest first (the scheduler's work list). */
  List<Integration> findByStatus(ConnectionStatus status);

  /** Integrations of a provider that cover the given workspace (webhook routing). */
  List<Integration> findByWorkspace(Provider provider, String workspaceExternalId);

  void delete(IntegrationId id);

  /**
   * Replaces an integration's credentials if they are still {@code expected}, as one atomic step
   * against every other call of this method, {@link #claimRefresh} and {@link #save}: of several
   * callers expecting the same credentials, exactly one wins. On success the credentials become
   * {@code replacement}, {@code updatedAt} becomes {@code at}, any refresh claim ends, and every
   * other field is kept. When the integration is missing or its credentials differ from {@code
   * expected} (someone replaced them first, or the integration was disconnected), nothing is
   * written.
   *
   * @param expected the credentials the caller read, not null
   * @param replacement the new sealed credentials, not null
   * @return whether the credentials were replaced
   * @throws StoreUnavailableException when the store cannot be read or written
   */
  boolean replaceCredentials(
      IntegrationId id,
      EncryptedCredentials expected,
      EncryptedCredentials replacement,
      Instant at);

  /**
   * Takes or renews the claim on refreshing an integration's credentials, as one atomic step
   * against the other credential methods: granted when the credentials are still {@code expected}
   * and no claim of another owner holds at {@code now} (a claim of the same owner is renewed, a
   * lapsed one is taken over). A claim only tells other instances to wait for the owner's refresh:
   * it does not stop {@link #replaceCredentials}, and it ends when the credentials are replaced or
   * the integration is saved. When refused, nothing is written.
   *
   * @return whether {@code claim}'s owner now holds the claim
   * @throws StoreUnavailableException when the store cannot be read or written
   */
  boolean claimRefresh(
      IntegrationId id, EncryptedCredentials expected, RefreshClaim claim, Instant now);

  /**
   * Changes an integration's status if it is still {@code expected}, as one atomic step against the
   * other writes: on success the status becomes {@code status} and {@code updatedAt} becomes {@code
   * at}; the credentials, any refresh claim and every other field are kept, so a credential
   * replacement made meanwhile by another instance survives. When the integration is missing or its
   * status differs from {@code expected}, nothing is written.
   *
   * @return whether the status was changed
   * @throws StoreUnavailableException when the store cannot be read or written
   */
  boolean markStatus(
      IntegrationId id, ConnectionStatus expected, ConnectionStatus status, Instant at);
}
