package io.tasksync.adapter.linear;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.tasksync.port.out.WebhookOutcome;
import io.tasksync.port.out.WebhookRequest;
import io.tasksync.sandbox.linear.LinearStandIn;
import io.tasksync.sandbox.linear.LinearStandInConfig;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Deliveries the stand-in signs and sends are accepted by the receiver as Linear's would be. */
class LinearWebhookDeliveryTest {

  private static final String SECRET = "sandbox-webhook-secret";

  private final BlockingQueue<WebhookRequest> received = new LinkedBlockingQueue<>();
  private HttpServer target;
  private LinearStandIn standIn;
  private LinearAdapters adapters;

  @BeforeEach
  void start() throws Exception {
    target = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    target.createContext(
        "/webhooks/linear",
        exchange -> {
          Map<String, String> headers = new HashMap<>();
          exchange.getRequestHeaders().forEach((k, v) -> headers.put(k, v.get(0)));
          byte[] body = exchange.getRequestBody().readAllBytes();
          received.add(new WebhookRequest(null, headers, body, null, Instant.now()));
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    target.start();
    URI url = URI.create("http://127.0.0.1:" + target.getAddress().getPort() + "/webhooks/linear");
    standIn =
        LinearStandIn.start(
            LinearStandInConfig.defaults().withWorkspace(11, 20).withWebhook(url, SECRET));
    adapters =
        LinearTestSupport.adapters(
            LinearTestSupport.configFor(standIn).withWebhookSigningSecret(SECRET));
  }

  @AfterEach
  void stop() {
    standIn.close();
    target.stop(0);
  }

  private WebhookOutcome nextOutcome() throws InterruptedException {
    WebhookRequest request = received.poll(10, TimeUnit.SECONDS);
    assertThat(request).as("a delivery from the stand-in").isNotNull();
    return adapters.webhookReceiver().receive(request);
  }

  @Test
  void createdAndDeletedIssues_arriveSignedAndAreReadAsChangedThenDeleted() throws Exception {
    String id = standIn.createIssue("From the webhook test");
    WebhookOutcome created = nextOutcome();
    standIn.deleteIssue(id);
    WebhookOutcome deleted = nextOutcome();

    assertThat(created.kind()).isEqualTo(WebhookOutcome.Kind.ACCEPTED);
    assertThat(created.changedExternalIds()).containsExactly(id);
    assertThat(created.workspaceExternalId()).isEqualTo(standIn.organizationId());
    assertThat(deleted.deletedExternalIds()).containsExactly(id);
    assertThat(deleted.deliveryId()).isNotEqualTo(created.deliveryId());
  }

  @Test
  void renamedIssue_arrivesInLinearsUpdateShape_andIsReadAsChanged() throws Exception {
    String id = standIn.createIssue("Before");
    nextOutcome();
    standIn.renameIssue(id, "After");
    WebhookRequest request = received.poll(10, TimeUnit.SECONDS);
    assertThat(request).as("a delivery from the stand-in").isNotNull();
    JsonNode payload = new ObjectMapper().readTree(request.body());

    WebhookOutcome updated = adapters.webhookReceiver().receive(request);

    assertThat(payload.at("/updatedFrom/title").asText()).isEqualTo("Before");
    assertThat(payload.path("updatedFrom").has("teamId")).as("only changed fields").isFalse();
    assertThat(payload.at("/data/labelIds").isArray()).isTrue();
    assertThat(payload.at("/data/labels").isArray()).isTrue();
    assertThat(payload.at("/data/stateId").isTextual()).isTrue();
    assertThat(payload.at("/data/teamId").isTextual()).isTrue();
    assertThat(payload.has("botActor")).isTrue();
    assertThat(payload.at("/actor/id").isTextual()).isTrue();
    assertThat(payload.path("webhookId").isTextual()).isTrue();
    assertThat(updated.kind()).isEqualTo(WebhookOutcome.Kind.ACCEPTED);
    assertThat(updated.changedExternalIds()).containsExactly(id);
  }
}
