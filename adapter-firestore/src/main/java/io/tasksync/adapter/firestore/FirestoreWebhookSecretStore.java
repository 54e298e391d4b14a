package io.tasksync.adapter.firestore;

import com.google.api.gax.rpc.ApiException;
import com.google.api.gax.rpc.StatusCode;
import com.google.cloud.Timestamp;
import com.google.cloud.firestore.CollectionReference;
import com.google.cloud.firestore.DocumentReference;
import com.google.cloud.firestore.DocumentSnapshot;
import com.google.cloud.firestore.FieldValue;
import com.google.cloud.firestore.Firestore;
import com.google.cloud.firestore.FirestoreException;
import com.google.cloud.firestore.Precondition;
import com.google.cloud.firestore.Query;
import com.google.cloud.firestore.QueryDocumentSnapshot;
import com.google.cloud.firestore.WriteBatch;
import io.grpc.Status;
import io.tasksync.domain.IntegrationId;
import io.tasksync.port.out.StoreUnavailableException;
import io.tasksync.port.out.WebhookKey;
import io.tasksync.port.out.WebhookSecretStore;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@link WebhookSecretStore} on Firestore: {@code webhookSecrets/{integrationId}~{webhookId}}
 * holds the integration id, the webhook id, and either the secret or, while the registration awaits
 * its handshake, an {@code expiresAt} (for a TTL policy; the expiry is checked, not relied on). A
 * registration is recorded by a create that fails if the document exists, and established by an
 * update conditioned on the registration's update time as read (it fails if anyone established, or
 * otherwise changed, the registration in between), so of racing handshakes exactly one wins,
 * whichever instance takes it. {@code webhookSecrets/{integrationId}} is the integration's former
 * single secret.
 */
final class FirestoreWebhookSecretStore implements WebhookSecretStore {

  static final String COLLECTION = "webhookSecrets";
  static final String INTEGRATION_ID = "integrationId";
  static final String WEBHOOK_ID = "webhookId";
  static final String SECRET = "secret";
  static final String EXPIRES_AT = "expiresAt";
  private static final int DELETE_BATCH = 400;

  private final Firestore db;
  private final CollectionReference secrets;
  private final FirestoreCalls calls;

  FirestoreWebhookSecretStore(Firestore db, FirestoreCalls calls) {
    this.db = db;
    this.secrets = db.collection(COLLECTION);
    this.calls = calls;
  }

  @Override
  public boolean expect(WebhookKey key, Instant expiresAt) {
    Map<String, Object> doc = identity(key);
    doc.put(EXPIRES_AT, timestamp(expiresAt));
    try {
      calls.await(ref(key).create(doc), "recording a webhook registration");
      return true;
    } catch (StoreUnavailableException e) {
      if (TaskCommits.alreadyExists(e.getCause())) {
        return false;
      }
      throw e;
    }
  }

  @Override
  public boolean establish(WebhookKey key, String secret, Instant now) {
    DocumentReference ref = ref(key);
    DocumentSnapshot current = calls.await(ref.get(), "reading a webhook registration");
    Timestamp expiresAt = current.exists() ? current.getTimestamp(EXPIRES_AT) : null;
    boolean awaiting =
        expiresAt != null
            && current.getString(SECRET) == null
            && timestamp(now).compareTo(expiresAt) < 0;
    if (!awaiting) {
      return false;
    }
    Map<String, Object> established = new HashMap<>();
    established.put(SECRET, secret);
    established.put(EXPIRES_AT, FieldValue.delete());
    try {
      calls.await(
          ref.update(established, Precondition.updatedAt(current.getUpdateTime())),
          "establishing a webhook secret");
      return true;
    } catch (StoreUnavailableException e) {
      if (changedSinceRead(e.getCause())) {
        return false;
      }
      throw e;
    }
  }

  @Override
  public void put(WebhookKey key, String secret) {
    Map<String, Object> doc = identity(key);
    doc.put(SECRET, secret);
    calls.await(ref(key).set(doc), "saving a webhook secret");
  }

  @Override
  public Optional<String> get(WebhookKey key) {
    DocumentSnapshot doc = calls.await(ref(key).get(), "reading a webhook secret");
    return doc.exists() ? Optional.ofNullable(doc.getString(SECRET)) : Optional.empty();
  }

  @Override
  public void deleteAll(IntegrationId integrationId) {
    calls.await(
        secrets.document(integrationId.value()).delete(), "deleting a former webhook secret");
    Query page = secrets.whereEqualTo(INTEGRATION_ID, integrationId.value()).select(new String[0]);
    while (true) {
      List<QueryDocumentSnapshot> docs =
          calls.await(page.limit(DELETE_BATCH).get(), "listing webhook secrets").getDocuments();
      if (docs.isEmpty()) {
        return;
      }
      WriteBatch batch = db.batch();
      docs.forEach(d -> batch.delete(d.getReference()));
      calls.await(batch.commit(), "deleting webhook secrets");
    }
  }

  /** Whether a conditional write failed because the document changed after it was read. */
  static boolean changedSinceRead(Throwable cause) {
    if (cause instanceof ApiException) {
      return ((ApiException) cause).getStatusCode().getCode()
          == StatusCode.Code.FAILED_PRECONDITION;
    }
    if (cause instanceof FirestoreException) {
      Status status = ((FirestoreException) cause).getStatus();
      return status != null && status.getCode() == Status.Code.FAILED_PRECONDITION;
    }
    return false;
  }

  private DocumentReference ref(WebhookKey key) {
    String id = key.integrationId().value();
    return secrets.document(key.isFormer() ? id : id + "~" + key.webhookId());
  }

  private static Map<String, Object> identity(WebhookKey key) {
    Map<String, Object> doc = new HashMap<>();
    doc.put(INTEGRATION_ID, key.integrationId().value());
    if (!key.isFormer()) {
      doc.put(WEBHOOK_ID, key.webhookId());
    }
    return doc;
  }

  private static Timestamp timestamp(Instant instant) {
    return Timestamp.ofTimeSecondsAndNanos(instant.getEpochSecond(), instant.getNano());
  }
}
