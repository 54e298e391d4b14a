package io.tasksync.adapter.firestore;

import com.google.cloud.firestore.CollectionReference;
import com.google.cloud.firestore.DocumentSnapshot;
import com.google.cloud.firestore.Firestore;
import com.google.cloud.firestore.Query;
import com.google.cloud.firestore.QueryDocumentSnapshot;
import com.google.cloud.firestore.WriteBatch;
import io.tasksync.domain.IntegrationId;
import io.tasksync.port.out.StoreUnavailableException;
import io.tasksync.port.out.WebhookDelivery;
import io.tasksync.port.out.WebhookDeliveryLog;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@link WebhookDeliveryLog} on Firestore: {@code webhookDeliveries/{digest of integration and
 * delivery key}}, recorded by a create that fails if the document exists (so of racing instances
 * exactly one records it first). {@code expiresAt} is for a TTL policy and bounds how long
 * redeliveries are recognised; nothing relies on the deletion.
 */
final class FirestoreWebhookDeliveryLog implements WebhookDeliveryLog {

  static final String COLLECTION = "webhookDeliveries";
  static final String DELIVERY_KEY = "deliveryKey";
  static final String INTEGRATION_ID = "integrationId";
  static final String RECEIVED_AT = "receivedAt";
  static final String EXPIRES_AT = "expiresAt";
  static final String PROCESSED = "processed";
  private static final int BATCH = 400;

  private final Firestore db;
  private final CollectionReference deliveries;
  private final FirestoreCalls calls;

  FirestoreWebhookDeliveryLog(Firestore db, FirestoreCalls calls) {
    this.db = db;
    this.deliveries = db.collection(COLLECTION);
    this.calls = calls;
  }

  @Override
  public boolean record(WebhookDelivery d) {
    Map<String, Object> doc =
        Map.of(
            DELIVERY_KEY, d.deliveryKey(),
            INTEGRATION_ID, d.integrationId().value(),
            RECEIVED_AT, Values.timestamp(d.receivedAt()),
            EXPIRES_AT, Values.timestamp(d.expiresAt()),
            PROCESSED, d.processed());
    try {
      calls.await(
          deliveries.document(docId(d.deliveryKey(), d.integrationId())).create(doc),
          "recording a webhook delivery");
      return true;
    } catch (StoreUnavailableException e) {
      if (TaskCommits.alreadyExists(e.getCause())) {
        return false;
      }
      throw e;
    }
  }

  @Override
  public void markProcessed(IntegrationId integrationId, Instant receivedBefore) {
    List<QueryDocumentSnapshot> docs =
        calls
            .await(integrationQuery(integrationId).get(), "listing unprocessed webhook deliveries")
            .getDocuments();
    WriteBatch batch = db.batch();
    int pending = 0;
    for (QueryDocumentSnapshot doc : docs) {
      if (!Values.instant(doc.getTimestamp(RECEIVED_AT)).isBefore(receivedBefore)) {
        continue;
      }
      batch.update(doc.getReference(), PROCESSED, true);
      if (++pending == BATCH) {
        calls.await(batch.commit(), "marking webhook deliveries processed");
        batch = db.batch();
        pending = 0;
      }
    }
    if (pending > 0) {
      calls.await(batch.commit(), "marking webhook deliveries processed");
    }
  }

  @Override
  public List<WebhookDelivery> unprocessed(Instant receivedBefore, int limit) {
    return calls
        .await(sweepQuery(receivedBefore, limit).get(), "listing unprocessed webhook deliveries")
        .getDocuments()
        .stream()
        .map(FirestoreWebhookDeliveryLog::read)
        .toList();
  }

  @Override
  public Optional<WebhookDelivery> get(String deliveryKey, IntegrationId integrationId) {
    DocumentSnapshot doc =
        calls.await(
            deliveries.document(docId(deliveryKey, integrationId)).get(),
            "reading a webhook delivery");
    return doc.exists() ? Optional.of(read(doc)) : Optional.empty();
  }

  /** The integration's unprocessed deliveries (equality filters only: no composite index). */
  Query integrationQuery(IntegrationId integrationId) {
    return deliveries
        .whereEqualTo(INTEGRATION_ID, integrationId.value())
        .whereEqualTo(PROCESSED, false);
  }

  /** The oldest unprocessed deliveries received before a moment (index: processed, receivedAt). */
  Query sweepQuery(Instant receivedBefore, int limit) {
    return deliveries
        .whereEqualTo(PROCESSED, false)
        .whereLessThan(RECEIVED_AT, Values.timestamp(receivedBefore))
        .orderBy(RECEIVED_AT)
        .limit(limit);
  }

  private static WebhookDelivery read(DocumentSnapshot doc) {
    return new WebhookDelivery(
        doc.getString(DELIVERY_KEY),
        IntegrationId.of(doc.getString(INTEGRATION_ID)),
        Values.instant(doc.getTimestamp(RECEIVED_AT)),
        Values.instant(doc.getTimestamp(EXPIRES_AT)),
        Boolean.TRUE.equals(doc.getBoolean(PROCESSED)));
  }

  private static String docId(String deliveryKey, IntegrationId integrationId) {
    return DocKeys.of(integrationId.value(), deliveryKey);
  }
}
