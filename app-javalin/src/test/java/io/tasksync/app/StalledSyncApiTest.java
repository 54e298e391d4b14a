package io.tasksync.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.Lease;
import io.tasksync.domain.RunKind;
import io.tasksync.domain.SyncState;
import io.tasksync.domain.SyncStatus;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StalledSyncApiTest {

  private final SharedStoresModule stores = new SharedStoresModule();
  private TestApp app;
  private IntegrationId id;

  @BeforeEach
  void start() {
    FakeProvider fake =
        new FakeProvider(io.tasksync.domain.Provider.ASANA, URI.create("http://127.0.0.1:9/c"), 5);
    app = TestApp.start(fake, TestApp.config(), stores);
    id = Connecting.connect(app, TestApp.KEY_A);
    await()
        .until(
            () -> stores.states.get(id).map(s -> s.status() == SyncStatus.SUCCEEDED).orElse(false));
    await().until(() -> !app.get(io.tasksync.application.sync.SyncWorkers.class).isQueued(id));
  }

  @AfterEach
  void stop() {
    app.close();
  }

  @Test
  void runWhoseLeaseExpired_isShownStalled_notRunning() {
    runHeldBy("dead-host/1", Instant.now().minus(Duration.ofMinutes(3)));

    JsonNode sync = app.tree(app.get("/api/integrations/" + id + "/sync", TestApp.KEY_A));
    JsonNode listed = app.tree(app.get("/api/integrations", TestApp.KEY_A)).get(0).get("sync");

    for (JsonNode view : new JsonNode[] {sync, listed}) {
      assertThat(view.get("status").asText()).isEqualTo("STALLED");
      assertThat(view.get("running").asBoolean()).isFalse();
      assertThat(view.get("stalled").asBoolean()).isTrue();
      assertThat(view.get("heartbeatAt").asText()).isNotEmpty();
    }
  }

  @Test
  void runWithALiveLease_isShownRunning() {
    runHeldBy("live-host/1", Instant.now());

    JsonNode sync = app.tree(app.get("/api/integrations/" + id + "/sync", TestApp.KEY_A));

    assertThat(sync.get("status").asText()).isEqualTo("RUNNING");
    assertThat(sync.get("running").asBoolean()).isTrue();
    assertThat(sync.get("stalled").asBoolean()).isFalse();
  }

  @Test
  void finishedRun_isNeitherRunningNorStalled() {
    JsonNode sync = app.tree(app.get("/api/integrations/" + id + "/sync", TestApp.KEY_A));

    assertThat(sync.get("status").asText()).isEqualTo("SUCCEEDED");
    assertThat(sync.get("running").asBoolean()).isFalse();
    assertThat(sync.get("stalled").asBoolean()).isFalse();
  }

  /** Stores a running incremental run whose worker took its lease and beat last at {@code at}. */
  private void runHeldBy(String owner, Instant at) {
    Duration ttl = Duration.ofMinutes(2);
    SyncState leased = stores.states.acquireLease(id, owner, at, ttl).orElseThrow();
    stores.states.save(leased.start(RunKind.INCREMENTAL, at).withLease(Lease.of(owner, at, ttl)));
  }
}
