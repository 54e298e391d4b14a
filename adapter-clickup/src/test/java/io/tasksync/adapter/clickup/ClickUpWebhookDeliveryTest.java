package io.tasksync.adapter.clickup;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.tasksync.domain.IntegrationId;
import io.tasksync.port.out.TestWebhookTargets;
import io.tasksync.port.out.TokenSource;
import io.tasksync.port.out.WebhookOutcome;
import io.tasksync.port.out.WebhookReceiver;
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
    TestWebhookTargets targets = new TestWebhookTargets(sandbox.integration.id(), target);
    registrar.register(sandbox.integration, tokens, targets);
    String updated = sandbox.standIn.generatedTaskId(1, 3);
    String deleted = sandbox.standIn.generatedTaskId(0, 5);

    sandbox.standIn.updateTask(updated, "renamed");
    sandbox.standIn.deleteTask(deleted);

    WebhookReceiver receiver = sandbox.adapters.webhookReceiver();
    List<String> hooks =
        received.stream().map(r -> receiver.webhookIdOf(r.body()).orElseThrow()).toList();
    List<WebhookOutcome> outcomes =
        received.stream()
            .map(
                r ->
                    new WebhookRequest(
                        r.integrationId(),
                        r.headers(),
                        r.body(),
                        targets.secretOf(receiver.webhookIdOf(r.body()).orElseThrow()).orElse(null),
                        r.receivedAt()))
            .map(receiver::receive)
            .toList();
    assertThat(hooks).doesNotHaveDuplicates().hasSize(2);
    assertThat(targets.secretOf(hooks.get(0))).isNotEqualTo(targets.secretOf(hooks.get(1)));
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

    TestWebhookTargets first = new TestWebhookTargets(sandbox.integration.id(), target);
    TestWebhookTargets second = new TestWebhookTargets(sandbox.integration.id(), target);

    registrar.register(sandbox.integration, tokens, first);
    registrar.register(sandbox.integration, tokens, second);

    for (int workspace = 0; workspace < 2; workspace++) {
      String secret = sandbox.standIn.webhookSecret(workspace).orElseThrow();
      String hook = sandbox.standIn.webhookId(workspace).orElseThrow();
      assertThat(first.secretOf(hook)).contains(secret);
      assertThat(second.secretOf(hook)).contains(secret);
    }
    assertThat(sandbox.standIn.requestCount("POST /team/{team_id}/webhook")).isEqualTo(2);
  }
}
