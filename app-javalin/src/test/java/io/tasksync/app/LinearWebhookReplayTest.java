package io.tasksync.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tasksync.domain.IntegrationId;
import io.tasksync.port.out.SyncStateStore;
import io.tasksync.sandbox.linear.LinearStandInConfig;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A captured Linear delivery sent again within the timestamp window under a new Linear-Delivery.
 */
class LinearWebhookReplayTest {

  private SandboxApp app;
  private IntegrationId id;

  @BeforeEach
  void connect() throws Exception {
    app = SandboxApp.linear(30);
    id = app.connect();
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                app.get(SyncStateStore.class)
                    .get(id)
                    .map(s -> s.lastSuccessAt() != null)
                    .orElse(false));
  }

  @AfterEach
  void stop() {
    app.close();
  }

  @Test
  void replayWithANewDeliveryHeader_isADuplicate() throws Exception {
    String body = removeDelivery(app.linear().issueId(3), System.currentTimeMillis());

    String first = deliver(body, UUID.randomUUID().toString());
    String second = deliver(body, UUID.randomUUID().toString());
    String third = deliver(body, UUID.randomUUID().toString());

    assertThat(first).contains("\"result\":\"accepted\"");
    assertThat(second).contains("\"result\":\"duplicate\"");
    assertThat(third).contains("\"result\":\"duplicate\"");
  }

  @Test
  void differentDeliveriesUnderOneHeaderValue_areEachAccepted() throws Exception {
    long now = System.currentTimeMillis();
    String sameHeader = UUID.randomUUID().toString();

    String first = deliver(removeDelivery(app.linear().issueId(3), now), sameHeader);
    String second = deliver(removeDelivery(app.linear().issueId(4), now + 1), sameHeader);

    assertThat(first).contains("\"result\":\"accepted\"");
    assertThat(second).contains("\"result\":\"accepted\"");
  }

  private String removeDelivery(String issueId, long timestamp) {
    return "{\"action\":\"remove\",\"type\":\"Issue\",\"data\":{\"id\":\""
        + issueId
        + "\"},\"organizationId\":\""
        + app.linear().organizationId()
        + "\",\"webhookId\":\"a6f1e1b2-0000-4000-8000-000000000001\",\"webhookTimestamp\":"
        + timestamp
        + "}";
  }

  private String deliver(String body, String deliveryHeader) throws Exception {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    String secret = LinearStandInConfig.defaults().webhookSecret();
    HttpResponse<String> response =
        app.http.send(
            HttpRequest.newBuilder(app.uri("/webhooks/linear"))
                .header("Content-Type", "application/json")
                .header("Linear-Delivery", deliveryHeader)
                .header("Linear-Event", "Issue")
                .header("Linear-Signature", AsanaWebhookHijackTest.hmacHex(secret, bytes))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }
}
