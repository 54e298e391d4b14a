package io.tasksync.adapter.firestore;

import com.google.cloud.firestore.CollectionReference;
import com.google.cloud.firestore.DocumentSnapshot;
import com.google.cloud.firestore.Firestore;
import com.google.cloud.firestore.Query;
import com.google.cloud.firestore.QueryDocumentSnapshot;
import com.google.cloud.firestore.WriteBatch;
import io.tasksync.domain.IntegrationId;
import io.tasksync.port.out.ProviderStateStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@link ProviderStateStore} on Firestore: {@code providerState/{docId}}, one document per
 * (integration, key), the id the first 128 bits of SHA-256 over both (stable and spread evenly, as
 * for tasks), with the integration id as a field for {@link #deleteAll}.
 */
final class FirestoreProviderStateStore implements ProviderStateStore {

  static final String COLLECTION = "providerState";
  static final String INTEGRATION_ID = "integrationId";
  static final String KEY = "key";
  static final String VALUE = "value";
  private static final int DELETE_BATCH = 400;

  private final Firestore db;
  private final CollectionReference values;
  private final FirestoreCalls calls;

  FirestoreProviderStateStore(Firestore db, FirestoreCalls calls) {
    this.db = db;
    this.values = db.collection(COLLECTION);
    this.calls = calls;
  }

  @Override
  public Optional<String> get(IntegrationId integrationId, String key) {
    DocumentSnapshot doc =
        calls.await(values.document(docId(integrationId, key)).get(), "reading provider state");
    return doc.exists() ? Optional.ofNullable(doc.getString(VALUE)) : Optional.empty();
  }

  @Override
  public void put(IntegrationId integrationId, String key, String value) {
    ProviderStateStore.check(key, value);
    Map<String, Object> doc = Map.of(INTEGRATION_ID, integrationId.value(), KEY, key, VALUE, value);
    calls.await(values.document(docId(integrationId, key)).set(doc), "saving provider state");
  }

  @Override
  public void deleteAll(IntegrationId integrationId) {
    Query page = values.whereEqualTo(INTEGRATION_ID, integrationId.value()).select(new String[0]);
    while (true) {
      List<QueryDocumentSnapshot> docs =
          calls
              .await(page.limit(DELETE_BATCH).get(), "listing provider state to delete")
              .getDocuments();
      if (docs.isEmpty()) {
        return;
      }
      WriteBatch batch = db.batch();
      docs.forEach(d -> batch.delete(d.getReference()));
      calls.await(batch.commit(), "deleting provider state");
    }
  }

  static String docId(IntegrationId integrationId, String key) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
    digest.update(integrationId.value().getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
    digest.update(key.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest.digest(), 0, 16);
  }
}
