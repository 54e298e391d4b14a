package io.tasksync.adapter.firestore;

import com.google.cloud.Timestamp;
import com.google.cloud.firestore.CollectionReference;
import com.google.cloud.firestore.DocumentReference;
import com.google.cloud.firestore.DocumentSnapshot;
import com.google.cloud.firestore.Firestore;
import com.google.cloud.firestore.Precondition;
import io.tasksync.domain.OrganizationId;
import io.tasksync.domain.Provider;
import io.tasksync.port.out.PendingAuthorization;
import io.tasksync.port.out.PendingAuthorizationStore;
import io.tasksync.port.out.StoreUnavailableException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The {@link PendingAuthorizationStore} on Firestore: {@code oauthPending/{digest of the nonce}}.
 * Recorded by a create that fails if the document exists; taken by a read and then a delete
 * conditioned on the update time read, which fails for every racer but one. {@code expiresAt} is
 * for a TTL policy; the expiry is checked, not relied on.
 */
final class FirestorePendingAuthorizationStore implements PendingAuthorizationStore {

  static final String COLLECTION = "oauthPending";
  static final String ORGANIZATION_ID = "organizationId";
  static final String PROVIDER = "provider";
  static final String CODE_VERIFIER = "codeVerifier";
  static final String BROWSER_DIGEST = "browserDigest";
  static final String EXPIRES_AT = "expiresAt";

  private final CollectionReference pending;
  private final FirestoreCalls calls;

  FirestorePendingAuthorizationStore(Firestore db, FirestoreCalls calls) {
    this.pending = db.collection(COLLECTION);
    this.calls = calls;
  }

  @Override
  public boolean put(PendingAuthorization authorization) {
    Map<String, Object> doc = new HashMap<>();
    doc.put(ORGANIZATION_ID, authorization.organization().value());
    doc.put(PROVIDER, authorization.provider().id());
    doc.put(CODE_VERIFIER, authorization.codeVerifier());
    doc.put(BROWSER_DIGEST, authorization.browserDigest());
    doc.put(EXPIRES_AT, Values.timestamp(authorization.expiresAt()));
    try {
      calls.await(ref(authorization.nonce()).create(doc), "recording an OAuth authorization");
      return true;
    } catch (StoreUnavailableException e) {
      if (TaskCommits.alreadyExists(e.getCause())) {
        return false;
      }
      throw e;
    }
  }

  @Override
  public Optional<PendingAuthorization> take(String nonce, Instant now) {
    DocumentReference ref = ref(nonce);
    DocumentSnapshot doc = calls.await(ref.get(), "reading an OAuth authorization");
    if (!doc.exists()) {
      return Optional.empty();
    }
    try {
      calls.await(
          ref.delete(Precondition.updatedAt(doc.getUpdateTime())), "taking an OAuth authorization");
    } catch (StoreUnavailableException e) {
      if (FirestoreWebhookSecretStore.changedSinceRead(e.getCause())) {
        return Optional.empty();
      }
      throw e;
    }
    return Optional.of(read(nonce, doc)).filter(p -> p.liveAt(now));
  }

  private static PendingAuthorization read(String nonce, DocumentSnapshot doc) {
    Timestamp expiresAt = doc.getTimestamp(EXPIRES_AT);
    return new PendingAuthorization(
        nonce,
        OrganizationId.of(doc.getString(ORGANIZATION_ID)),
        Provider.fromId(doc.getString(PROVIDER)),
        doc.getString(CODE_VERIFIER),
        doc.getString(BROWSER_DIGEST),
        Values.instant(expiresAt));
  }

  private DocumentReference ref(String nonce) {
    return pending.document(DocKeys.of(nonce));
  }
}
