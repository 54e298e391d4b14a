package io.tasksync.adapter.firestore;

import com.google.cloud.firestore.CollectionReference;
import com.google.cloud.firestore.DocumentSnapshot;
import com.google.cloud.firestore.Firestore;
import com.google.cloud.firestore.Query;
import io.tasksync.domain.ConnectionStatus;
import io.tasksync.domain.Integration;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.OrganizationId;
import io.tasksync.domain.Provider;
import io.tasksync.port.out.IntegrationStore;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The {@link IntegrationStore} on Firestore: {@code integrations/{integrationId}}. Lookups are
 * equality queries; the (small) results are ordered oldest first in memory.
 */
final class FirestoreIntegrationStore implements IntegrationStore {

  private static final Comparator<Integration> OLDEST_FIRST =
      Comparator.comparing(Integration::createdAt).thenComparing(i -> i.id().value());

  private final CollectionReference integrations;
  private final FirestoreCalls calls;

  FirestoreIntegrationStore(Firestore db, FirestoreCalls calls) {
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

  private List<Integration> find(Query query) {
    return calls.await(query.get(), "finding integrations").getDocuments().stream()
        .map(d -> IntegrationMapper.fromDocument(d.getId(), d.getData()))
        .sorted(OLDEST_FIRST)
        .toList();
  }
}
