package io.tasksync.adapter.firestore;

import com.google.cloud.firestore.CollectionReference;
import com.google.cloud.firestore.DocumentSnapshot;
import com.google.cloud.firestore.Firestore;
import io.tasksync.domain.OrganizationId;
import io.tasksync.port.out.SessionStore;
import io.tasksync.port.out.StoreUnavailableException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The {@link SessionStore} on Firestore: {@code sessions/{digest of the key}} holds the
 * organization and {@code expiresAt} (for a TTL policy; the expiry is checked on every read, not
 * relied on). Opened by a create that fails if the document exists; revoked by a delete.
 */
final class FirestoreSessionStore implements SessionStore {

  static final String COLLECTION = "sessions";
  static final String ORGANIZATION_ID = "organizationId";
  static final String EXPIRES_AT = "expiresAt";

  private final CollectionReference sessions;
  private final FirestoreCalls calls;

  FirestoreSessionStore(Firestore db, FirestoreCalls calls) {
    this.sessions = db.collection(COLLECTION);
    this.calls = calls;
  }

  @Override
  public boolean open(String key, OrganizationId organization, Instant expiresAt) {
    Map<String, Object> doc =
        Map.of(ORGANIZATION_ID, organization.value(), EXPIRES_AT, Values.timestamp(expiresAt));
    try {
      calls.await(sessions.document(DocKeys.of(key)).create(doc), "opening a session");
      return true;
    } catch (StoreUnavailableException e) {
      if (TaskCommits.alreadyExists(e.getCause())) {
        return false;
      }
      throw e;
    }
  }

  @Override
  public Optional<OrganizationId> find(String key, Instant now) {
    DocumentSnapshot doc =
        calls.await(sessions.document(DocKeys.of(key)).get(), "reading a session");
    if (!doc.exists()) {
      return Optional.empty();
    }
    Instant expiresAt = Values.instant(doc.getTimestamp(EXPIRES_AT));
    return expiresAt != null && now.isBefore(expiresAt)
        ? Optional.of(OrganizationId.of(doc.getString(ORGANIZATION_ID)))
        : Optional.empty();
  }

  @Override
  public void revoke(String key) {
    calls.await(sessions.document(DocKeys.of(key)).delete(), "revoking a session");
  }
}
