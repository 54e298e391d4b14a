package io.tasksync.adapter.asana;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
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
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Registering per-project webhooks at the stand-in, answering its handshake, verifying deliveries.
 */
class AsanaWebhookRoundTripTest {

  private AsanaTestBed bed;
  private HttpServer target;
  private final AtomicReference<String> secret = new AtomicReference<>();
  private final AtomicInteger handshakes = new AtomicInteger();
  private final BlockingQueue<WebhookOutcome> accepted = new LinkedBlockingQueue<>();

  @BeforeEach
  void start() throws IOException {
    bed = AsanaTestBed.withTasks(150);
    target = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    target.createContext("/webhooks/asana", this::deliver);
    target.start();
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
    WebhookOutcome outcome =
        bed.adapters
            .webhookReceiver()
            .receive(
                new WebhookRequest(
                    bed.integration.id(), headers, body, secret.get(), Instant.now()));
    outcome.responseHeaders().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
    if (outcome.kind() == WebhookOutcome.Kind.HANDSHAKE) {
      handshakes.incrementAndGet();
      secret.set(outcome.newSecret());
    } else if (outcome.kind() == WebhookOutcome.Kind.ACCEPTED) {
      accepted.add(outcome);
    }
    exchange.sendResponseHeaders(outcome.kind() == WebhookOutcome.Kind.REJECTED ? 401 : 200, -1);
    exchange.close();
  }

  @Test
  void registeredWebhook_deliversSignedChangesAndDeletions() throws Exception {
    URI url = URI.create("http://127.0.0.1:" + target.getAddress().getPort() + "/webhooks/asana");
    bed.adapters.webhookRegistrar().orElseThrow().register(bed.integration, bed.tokens(), url);
    bed.adapters.webhookRegistrar().orElseThrow().register(bed.integration, bed.tokens(), url);
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
