package io.tasksync.adapter.firestore;

import com.google.cloud.firestore.Firestore;
import io.tasksync.port.out.IntegrationStore;
import io.tasksync.port.out.PendingAuthorizationStore;
import io.tasksync.port.out.ProviderStateStore;
import io.tasksync.port.out.RunHistoryStore;
import io.tasksync.port.out.SessionStore;
import io.tasksync.port.out.SyncStateStore;
import io.tasksync.port.out.TaskStore;
import io.tasksync.port.out.WebhookDeliveryLog;
import io.tasksync.port.out.WebhookSecretStore;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The Firestore stores on one client, for wiring by hand; close it to release the client. */
public final class FirestoreStores implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(FirestoreStores.class);

  private final FirestoreConfig config;
  private final Firestore db;
  private final ExecutorService writers;
  private final FirestoreTaskStore tasks;
  private final FirestoreSyncStateStore states;
  private final FirestoreIntegrationStore integrations;
  private final FirestoreWebhookSecretStore webhookSecrets;
  private final FirestoreProviderStateStore providerState;
  private final FirestoreCalls calls;
  private final FirestoreRunHistoryStore runHistory;
  private final FirestorePendingAuthorizationStore pendingAuthorizations;
  private final FirestoreSessionStore sessions;
  private final FirestoreWebhookDeliveryLog deliveries;

  private FirestoreStores(FirestoreConfig config, Firestore db) {
    this.config = config;
    this.db = db;
    this.writers = Executors.newFixedThreadPool(config.writeParallelism(), daemonThreads());
    this.calls = new FirestoreCalls(config);
    this.tasks = new FirestoreTaskStore(db, config, calls, writers);
    this.states = new FirestoreSyncStateStore(db, calls);
    this.integrations = new FirestoreIntegrationStore(db, calls);
    this.webhookSecrets = new FirestoreWebhookSecretStore(db, calls);
    this.providerState = new FirestoreProviderStateStore(db, calls);
    this.runHistory = new FirestoreRunHistoryStore(db, calls, RunHistoryStore.DEFAULT_CAPACITY);
    this.pendingAuthorizations = new FirestorePendingAuthorizationStore(db, calls);
    this.sessions = new FirestoreSessionStore(db, calls);
    this.deliveries = new FirestoreWebhookDeliveryLog(db, calls);
  }

  /** Opens a Firestore client for {@code config}; nothing is contacted until the first call. */
  public static FirestoreStores create(FirestoreConfig config) {
    log.info("tasks are stored in {}", config);
    return new FirestoreStores(config, FirestoreClients.open(config));
  }

  public TaskStore taskStore() {
    return tasks;
  }

  public SyncStateStore syncStateStore() {
    return states;
  }

  public IntegrationStore integrationStore() {
    return integrations;
  }

  public WebhookSecretStore webhookSecretStore() {
    return webhookSecrets;
  }

  public ProviderStateStore providerStateStore() {
    return providerState;
  }

  /** The last {@value RunHistoryStore#DEFAULT_CAPACITY} runs of each integration. */
  public RunHistoryStore runHistoryStore() {
    return runHistory;
  }

  /** A run history on this client that keeps {@code capacity} runs per integration. */
  RunHistoryStore runHistoryStore(int capacity) {
    return new FirestoreRunHistoryStore(db, calls, capacity);
  }

  public PendingAuthorizationStore pendingAuthorizationStore() {
    return pendingAuthorizations;
  }

  public SessionStore sessionStore() {
    return sessions;
  }

  public WebhookDeliveryLog webhookDeliveryLog() {
    return deliveries;
  }

  public FirestoreConfig config() {
    return config;
  }

  /** How many task documents the task store has written (created, updated or marked deleted). */
  public long taskDocumentWrites() {
    return tasks.documentWrites();
  }

  /** How many stored task documents the task store's upserts have read to compare hashes. */
  public long taskHashReads() {
    return tasks.hashReads();
  }

  Firestore firestore() {
    return db;
  }

  @Override
  public void close() {
    writers.shutdownNow();
    try {
      db.close();
    } catch (Exception e) {
      log.warn("closing the Firestore client failed: {}", e.toString());
    }
  }

  private static java.util.concurrent.ThreadFactory daemonThreads() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "firestore-upsert-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
