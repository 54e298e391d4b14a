package io.tasksync.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tasksync.app.config.AppConfig;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.Provider;
import io.tasksync.domain.SyncState;
import io.tasksync.domain.SyncStatus;
import java.net.URI;
import org.junit.jupiter.api.Test;

class RestartTest {

  private static final URI CONSENT = URI.create("http://127.0.0.1:9/consent");

  @Test
  void gracefulStopMidImport_keepsCheckpointAndTheNextAppResumesThere() {
    SharedStoresModule stores = new SharedStoresModule();
    AppConfig config = TestApp.config();
    FakeProvider slow = new FakeProvider(Provider.ASANA, CONSENT, 200);
    slow.pageDelayMillis = 40;
    IntegrationId id;
    try (TestApp first = TestApp.start(slow, config, stores)) {
      id = Connecting.connect(first, TestApp.KEY_A);
      await().until(() -> stores.tasks.countActive(id) >= 30);
    }
    long storedAtStop = stores.tasks.countActive(id);
    SyncState stopped = stores.states.get(id).orElseThrow();

    FakeProvider fast = new FakeProvider(Provider.ASANA, CONSENT, 200);
    try (TestApp second = TestApp.start(fast, config, stores)) {
      await().until(() -> stores.tasks.countActive(id) == 200);
      await().until(() -> stores.states.get(id).orElseThrow().status() == SyncStatus.SUCCEEDED);
    }

    assertThat(storedAtStop).isBetween(30L, 190L);
    assertThat(stopped.hasUnfinishedRun()).isTrue();
    assertThat(stopped.lease()).isNull();
    assertThat(fast.cursors.get(0)).isEqualTo(String.valueOf(storedAtStop));
  }
}
