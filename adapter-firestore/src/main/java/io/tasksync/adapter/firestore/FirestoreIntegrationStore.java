package io.tasksync.adapter.firestore;

import com.google.cloud.firestore.CollectionReference;
import com.google.cloud.firestore.DocumentReference;
import com.google.cloud.firestore.DocumentSnapshot;
import com.google.cloud.firestore.FieldValue;
import com.google.cloud.firestore.Firestore;
import com.google.cloud.firestore.Query;
import io.tasksync.domain.ConnectionStatus;
import io.tasksync.domain.EncryptedCredentials;
import io.tasksync.domain.Integration;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.OrganizationId;
import io.tasksync.domain.Provider;
import io.tasksync.port.out.IntegrationStore;
import io.tasksync.port.out.RefreshClaim;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@link IntegrationStore} on Firestore: {@code integrations/{integrationId}}. Lookups are
 * equality queries; the (small) results are ordered oldest first in memory. The credential methods
 * are transactions that read the document and write only when its credentials are the expected
 * ones, so instances sharing the database agree on one winner; a status change is a transaction
 * that writes only the status and its time.
 */
final class FirestoreIntegrationStore implements IntegrationStore {

  private static final Comparator<Integration> OLDEST_FIRST =
      Comparator.comparing(Integration::createdAt).thenComparing(i -> i.id().value());

  private final Firestore db;
  private final CollectionReference integrations;
  private final FirestoreCalls calls;

  FirestoreIntegrationStore(Firestore db, FirestoreCalls calls) {
    this.db = db;
    this.integrations = db.collection(IntegrationMapper.COLLECTION);
    this.calls = calls;
  }

  @Override
  public void save(Integration integration) {
    calls.await(
        integrations
            .document(integration.id().value())
            .set(IntegrationMapper.toDocument(integration)),
        "saving an integration");
  }

  @Override
  public Optional<Integration> get(IntegrationId id) {
    DocumentSnapshot doc =
        calls.await(integrations.document(id.value()).get(), "reading an integration");
    return doc.exists()
        ? Optional.of(IntegrationMapper.fromDocument(doc.getId(), doc.getData()))
        : Optional.empty();
  }

  @Override
  public List<Integration> findByOrganization(OrganizationId organizationId) {
    return find(
        integrations.whereEqualTo(IntegrationMapper.ORGANIZATION_ID, organizationId.value()));
  }

  @Override
  public List<Integration> findByStatus(ConnectionStatus status) {
    return find(integrations.whereEqualTo(IntegrationMapper.STATUS, status.name()));
  }

  @Override
  public List<Integration> findByWorkspace(Provider provider, String workspaceExternalId) {
    return find(workspaceQuery(provider, workspaceExternalId));
  }

  /** The query behind {@link #findByWorkspace}, for checking it against the declared indexes. */
  Query workspaceQuery(Provider provider, String workspaceExternalId) {
    return integrations
        .whereEqualTo(IntegrationMapper.PROVIDER, provider.id())
        .whereArrayContains(IntegrationMapper.WORKSPACE_IDS, workspaceExternalId);
  }

  @Override
  public void delete(IntegrationId id) {
    calls.await(integrations.document(id.value()).delete(), "deleting an integration");
  }

  @Override
  public boolean replaceCredentials(
      IntegrationId id,
      EncryptedCredentials expected,
      EncryptedCredentials replacement,
      Instant at) {
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(replacement, "replacement");
    DocumentReference ref = integrations.document(id.value());
    return calls.await(
        db.runTransaction(
            tx -> {
              if (!holds(tx.get(ref).get(), expected)) {
                return false;
              }
              tx.update(
                  ref,
                  Map.of(
                      IntegrationMapper.CREDENTIALS,
                      IntegrationMapper.credentials(replacement),
                      IntegrationMapper.UPDATED_AT,
                      Values.timestamp(at),
                      IntegrationMapper.REFRESH_CLAIM,
                      FieldValue.delete()));
              return true;
            }),
        "replacing an integration's credentials");
  }

  @Override
  public boolean claimRefresh(
      IntegrationId id, EncryptedCredentials expected, RefreshClaim claim, Instant now) {
    Objects.requireNonNull(expected, "expected");
    DocumentReference ref = integrations.document(id.value());
    return calls.await(
        db.runTransaction(
            tx -> {
              DocumentSnapshot doc = tx.get(ref).get();
              if (!holds(doc, expected)) {
                return false;
              }
              RefreshClaim held = IntegrationMapper.claimOf(doc.getData());
              if (held != null && held.holdsAt(now) && !held.owner().equals(claim.owner())) {
                return false;
              }
              tx.update(ref, IntegrationMapper.REFRESH_CLAIM, IntegrationMapper.claim(claim));
              return true;
            }),
        "claiming an integration's credential refresh");
  }

  @Override
  public boolean markStatus(
      IntegrationId id, ConnectionStatus expected, ConnectionStatus status, Instant at) {
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(status, "status");
    DocumentReference ref = integrations.document(id.value());
    return calls.await(
        db.runTransaction(
            tx -> {
              DocumentSnapshot doc = tx.get(ref).get();
              if (!doc.exists()
                  || !expected.name().equals(doc.getString(IntegrationMapper.STATUS))) {
                return false;
              }
              tx.update(
                  ref,
                  Map.of(
                      IntegrationMapper.STATUS,
                      status.name(),
                      IntegrationMapper.UPDATED_AT,
                      Values.timestamp(at)));
              return true;
            }),
        "changing an integration's status");
  }

  private static boolean holds(DocumentSnapshot doc, EncryptedCredentials expected) {
    return doc.exists() && expected.equals(IntegrationMapper.credentialsOf(doc.getData()));
  }

  private List<Integration> find(Query query) {
    return calls.await(query.get(), "finding integrations").getDocuments().stream()
        .map(d -> IntegrationMapper.fromDocument(d.getId(), d.getData()))
        .sorted(OLDEST_FIRST)
        .toList();
  }
}
