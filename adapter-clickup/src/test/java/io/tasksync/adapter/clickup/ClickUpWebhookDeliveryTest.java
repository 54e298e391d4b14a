package io.tasksync.adapter.clickup;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.tasksync.domain.IntegrationId;
import io.tasksync.port.out.TokenSource;
import io.tasksync.port.out.WebhookOutcome;
import io.tasksync.port.out.WebhookRegistrar;
import io.tasksync.port.out.WebhookRequest;
import io.tasksync.sandbox.clickup.ClickUpStandInConfig;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Registration per workspace, then real signed deliveries from the stand-in verified end to end.
 */
class ClickUpWebhookDeliveryTest {

  private ClickUpSandbox sandbox;
  private HttpServer receiverServer;
  private final List<WebhookRequest> received = new CopyOnWriteArrayList<>();
  private URI target;

  @BeforeEach
  void start() throws IOException {
    sandbox =
        ClickUpSandbox.with(
            ClickUpStandInConfig.defaults().withWorkspace(2, 20).withRateLimitPerMinute(10_000),
            10_000,
            false);
    receiverServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiverServer.createContext(
        "/hooks/clickup",
        exchange -> {
          byte[] body = exchange.getRequestBody().readAllBytes();
          Map<String, String> headers =
              Map.of("X-Signature", exchange.getRequestHeaders().getFirst("X-Signature"));
          received.add(
              new WebhookRequest(
                  IntegrationId.of("int-clickup"), headers, body, null, Instant.now()));
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    receiverServer.start();
    target =
        URI.create("http://127.0.0.1:" + receiverServer.getAddress().getPort() + "/hooks/clickup");
  }

  @AfterEach
  void stop() {
    receiverServer.stop(0);
    sandbox.close();
  }

  @Test
  void registeredWebhooks_deliverSignedChangesAndDeletions() {
    WebhookRegistrar registrar = sandbox.adapters.webhookRegistrar().orElseThrow();
    TokenSource tokens = TokenSource.fixed(sandbox.standIn.issueToken());
    String secret = registrar.register(sandbox.integration, tokens, target).orElseThrow();
    String updated = sandbox.standIn.generatedTaskId(1, 3);
    String deleted = sandbox.standIn.generatedTaskId(0, 5);

    sandbox.standIn.updateTask(updated, "renamed");
    sandbox.standIn.deleteTask(deleted);

    List<WebhookOutcome> outcomes =
        received.stream()
            .map(
                r ->
                    new WebhookRequest(
                        r.integrationId(), r.headers(), r.body(), secret, r.receivedAt()))
            .map(sandbox.adapters.webhookReceiver()::receive)
            .toList();
    assertThat(secret.split(",")).hasSize(2);
    assertThat(outcomes)
        .extracting(WebhookOutcome::kind)
        .containsOnly(WebhookOutcome.Kind.ACCEPTED);
    assertThat(outcomes)
        .flatExtracting(WebhookOutcome::changedExternalIds)
        .containsExactly(updated);
    assertThat(outcomes)
        .flatExtracting(WebhookOutcome::deletedExternalIds)
        .containsExactly(deleted);
  }

  @Test
  void registeringAgainForTheSameTarget_reusesTheWebhooks() {
    WebhookRegistrar registrar = sandbox.adapters.webhookRegistrar().orElseThrow();
    TokenSource tokens = TokenSource.fixed(sandbox.standIn.issueToken());

    String first = registrar.register(sandbox.integration, tokens, target).orElseThrow();
    String second = registrar.register(sandbox.integration, tokens, target).orElseThrow();

    assertThat(second).isEqualTo(first);
    assertThat(sandbox.standIn.requestCount("POST /team/{team_id}/webhook")).isEqualTo(2);
  }
}
