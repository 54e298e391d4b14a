package io.tasksync.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.tasksync.adapter.firestore.FirestoreConfig;
import io.tasksync.adapter.firestore.FirestoreEmulator;
import io.tasksync.app.wiring.FirestoreStoreModule;
import io.tasksync.domain.Provider;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The app on a real Firestore emulator that freezes: 503 within the bound, not a 30 s hang. */
class FirestoreOutageApiTest {

  @Test
  void frozenEmulator_gives503AndNotReady_thenRecovers() throws IOException {
    Assumptions.assumeTrue(
        FirestoreEmulator.canStartDedicated(), "the Firestore emulator jar is absent");
    try (FirestoreEmulator emulator = FirestoreEmulator.startDedicated();
        TestApp app =
            TestApp.start(
                new FakeProvider(Provider.ASANA, URI.create("http://127.0.0.1:9/consent"), 5),
                TestApp.config(),
                new FirestoreStoreModule(
                    FirestoreConfig.emulator(FirestoreEmulator.newProjectId(), emulator.host())))) {
      org.awaitility.Awaitility.await()
          .atMost(java.time.Duration.ofMinutes(1))
          .until(() -> app.get("/ready", null).statusCode() == 200);
      assertThat(app.get("/api/integrations", TestApp.KEY_A).statusCode()).isEqualTo(200);
      long pid = emulatorPid(emulator.host());

      signal("-STOP", pid);
      HttpResponse<String> list;
      HttpResponse<String> ready;
      HttpResponse<String> health;
      try {
        list = app.get("/api/integrations", TestApp.KEY_A);
        ready = app.get("/ready", null);
        health = app.get("/health", null);
      } finally {
        signal("-CONT", pid);
      }

      assertThat(list.statusCode()).isEqualTo(503);
      assertThat(app.tree(list).get("error").asText()).isEqualTo("store_unavailable");
      assertThat(ready.statusCode()).isEqualTo(503);
      assertThat(health.statusCode()).isEqualTo(200);
      org.awaitility.Awaitility.await().until(() -> app.get("/ready", null).statusCode() == 200);
    }
  }

  private static long emulatorPid(String host) {
    String port = host.substring(host.lastIndexOf(':') + 1);
    return ProcessHandle.current()
        .descendants()
        .filter(p -> p.info().arguments().map(a -> String.join(" ", a)).orElse("").contains(port))
        .findFirst()
        .orElseThrow()
        .pid();
  }

  private static void signal(String signal, long pid) throws IOException {
    try {
      new ProcessBuilder("kill", signal, Long.toString(pid)).inheritIO().start().waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }
}
