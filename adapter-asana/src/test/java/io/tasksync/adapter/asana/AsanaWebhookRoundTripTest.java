package io.tasksync.adapter.asana;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.tasksync.port.out.TestWebhookTargets;
import io.tasksync.port.out.WebhookOutcome;
import io.tasksync.port.out.WebhookRequest;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Registering per-project webhooks at the stand-in, each at its own URL, answering its handshake,
 * verifying each webhook's deliveries with its own secret.
 */
class AsanaWebhookRoundTripTest {

  private AsanaTestBed bed;
  private HttpServer target;
  private TestWebhookTargets targets;
  private final AtomicInteger handshakes = new AtomicInteger();
  private final BlockingQueue<WebhookOutcome> accepted = new LinkedBlockingQueue<>();

  @BeforeEach
  void start() throws IOException {
    bed = AsanaTestBed.withTasks(150);
    target = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    target.createContext("/webhooks/asana", this::deliver);
    target.start();
    targets =
        new TestWebhookTargets(
            bed.integration.id(),
            URI.create("http://127.0.0.1:" + target.getAddress().getPort() + "/webhooks/asana"));
  }

  @AfterEach
  void stop() {
    target.stop(0);
    bed.close();
  }

  private void deliver(HttpExchange exchange) throws IOException {
    Map<String, String> headers = new HashMap<>();
    exchange.getRequestHeaders().forEach((k, v) -> headers.put(k, v.get(0)));
    byte[] body = exchange.getRequestBody().readAllBytes();
    String path = exchange.getRequestURI().getPath();
    String registration = path.substring(path.lastIndexOf('/') + 1);
    WebhookOutcome outcome =
        bed.adapters
            .webhookReceiver()
            .receive(
                new WebhookRequest(
                    bed.integration.id(),
                    headers,
                    body,
                    targets.secretOf(registration).orElse(null),
                    Instant.now()));
    boolean ok = outcome.kind() == WebhookOutcome.Kind.ACCEPTED;
    if (outcome.kind() == WebhookOutcome.Kind.HANDSHAKE
        && targets.establish(registration, outcome.newSecret())) {
      handshakes.incrementAndGet();
      outcome.responseHeaders().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
      ok = true;
    } else if (ok) {
      accepted.add(outcome);
    }
    exchange.sendResponseHeaders(ok ? 200 : 401, -1);
    exchange.close();
  }

  @Test
  void registeredWebhook_deliversSignedChangesAndDeletions() throws Exception {
    bed.adapters.webhookRegistrar().orElseThrow().register(bed.integration, bed.tokens(), targets);
    bed.adapters.webhookRegistrar().orElseThrow().register(bed.integration, bed.tokens(), targets);
    String changed = bed.standIn.taskGid(7);
    String deleted = bed.standIn.taskGid(8);

    bed.standIn.updateTask(changed, "Renamed");
    bed.standIn.deleteTask(deleted);

    WebhookOutcome first = accepted.poll(5, TimeUnit.SECONDS);
    WebhookOutcome second = accepted.poll(5, TimeUnit.SECONDS);
    assertThat(handshakes).hasValue(bed.standIn.projectCount());
    assertThat(first.changedExternalIds()).containsExactly(changed);
    assertThat(second.deletedExternalIds()).containsExactly(deleted);
  }
}
