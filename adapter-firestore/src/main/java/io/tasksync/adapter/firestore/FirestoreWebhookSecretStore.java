package io.tasksync.adapter.firestore;

import com.google.cloud.firestore.CollectionReference;
import com.google.cloud.firestore.DocumentSnapshot;
import com.google.cloud.firestore.Firestore;
import io.tasksync.domain.IntegrationId;
import io.tasksync.port.out.WebhookSecretStore;
import java.util.Map;
import java.util.Optional;

/** The {@link WebhookSecretStore} on Firestore: {@code webhookSecrets/{integrationId}}. */
final class FirestoreWebhookSecretStore implements WebhookSecretStore {

  static final String COLLECTION = "webhookSecrets";
  static final String SECRET = "secret";

  private final CollectionReference secrets;
  private final FirestoreCalls calls;

  FirestoreWebhookSecretStore(Firestore db, FirestoreCalls calls) {
    this.secrets = db.collection(COLLECTION);
    this.calls = calls;
  }

  @Override
  public Optional<String> get(IntegrationId integrationId) {
    DocumentSnapshot doc =
        calls.await(secrets.document(integrationId.value()).get(), "reading a webhook secret");
    return doc.exists() ? Optional.ofNullable(doc.getString(SECRET)) : Optional.empty();
  }

  @Override
  public void put(IntegrationId integrationId, String secret) {
    calls.await(
        secrets.document(integrationId.value()).set(Map.of(SECRET, secret)),
        "saving a webhook secret");
  }

  @Override
  public void delete(IntegrationId integrationId) {
    calls.await(secrets.document(integrationId.value()).delete(), "deleting a webhook secret");
  }
}
