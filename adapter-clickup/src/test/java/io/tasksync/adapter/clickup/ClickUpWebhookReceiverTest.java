package io.tasksync.adapter.clickup;

import static org.assertj.core.api.Assertions.assertThat;

import io.tasksync.domain.IntegrationId;
import io.tasksync.kit.webhook.WebhookSignatures;
import io.tasksync.port.out.WebhookOutcome;
import io.tasksync.port.out.WebhookRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Signature checks and thin payloads, from the documented delivery shapes. */
class ClickUpWebhookReceiverTest {

  private static final String SECRET =
      "O94IM25S7PXBPYTMNXLLET230SRP0S89COR7B1YOJ2ZIE8WQNK5UUKEF26W0Z5GA";
  private final ClickUpWebhookReceiver receiver = new ClickUpWebhookReceiver();

  private static byte[] fixture(String name) throws IOException {
    return ClickUpTaskMapperTest.fixture(name).readAllBytes();
  }

  private static WebhookRequest request(byte[] body, String signature, String secret) {
    Map<String, String> headers = signature == null ? Map.of() : Map.of("X-Signature", signature);
    return new WebhookRequest(IntegrationId.of("int-1"), headers, body, secret, Instant.now());
  }

  @Test
  void signedStatusUpdate_namesTheTaskToFetchAgain() throws IOException {
    byte[] body = fixture("webhook-task-status-updated.json");

    WebhookOutcome outcome =
        receiver.receive(request(body, WebhookSignatures.hmacSha256Hex(SECRET, body), SECRET));

    assertThat(outcome.kind()).isEqualTo(WebhookOutcome.Kind.ACCEPTED);
    assertThat(outcome.changedExternalIds()).containsExactly("1vj37mc");
    assertThat(outcome.deletedExternalIds()).isEmpty();
    assertThat(outcome.deliveryId())
        .isEqualTo("7fa3ec74-69a8-4530-a251-8a13730bd204:2800787326392370170");
  }

  @Test
  void signedTaskDeleted_namesTheDeletedTask() throws IOException {
    byte[] body = fixture("webhook-task-deleted.json");

    WebhookOutcome outcome =
        receiver.receive(request(body, WebhookSignatures.hmacSha256Hex(SECRET, body), SECRET));

    assertThat(outcome.kind()).isEqualTo(WebhookOutcome.Kind.ACCEPTED);
    assertThat(outcome.deletedExternalIds()).containsExactly("1vj38vv");
    assertThat(outcome.changedExternalIds()).isEmpty();
  }

  @Test
  void uppercaseHexSignature_isAccepted() throws IOException {
    byte[] body = fixture("webhook-task-deleted.json");
    String signature =
        WebhookSignatures.hmacSha256Hex(SECRET, body).toUpperCase(java.util.Locale.ROOT);

    assertThat(receiver.receive(request(body, signature, SECRET)).kind())
        .isEqualTo(WebhookOutcome.Kind.ACCEPTED);
  }

  @Test
  void signatureOverOtherBytes_isRejected() throws IOException {
    byte[] body = fixture("webhook-task-deleted.json");
    String signature = WebhookSignatures.hmacSha256Hex(SECRET, body);
    byte[] reformatted =
        new String(body, StandardCharsets.UTF_8)
            .replace(",", ", ")
            .getBytes(StandardCharsets.UTF_8);

    WebhookOutcome outcome = receiver.receive(request(reformatted, signature, SECRET));

    assertThat(outcome.kind()).isEqualTo(WebhookOutcome.Kind.REJECTED);
    assertThat(outcome.reason()).contains("X-Signature does not match");
  }

  @Test
  void missingSignature_isRejected() throws IOException {
    WebhookOutcome outcome =
        receiver.receive(request(fixture("webhook-task-deleted.json"), null, SECRET));

    assertThat(outcome.kind()).isEqualTo(WebhookOutcome.Kind.REJECTED);
    assertThat(outcome.reason()).contains("no X-Signature");
  }

  @Test
  void unknownSecret_isRejected() throws IOException {
    byte[] body = fixture("webhook-task-deleted.json");

    WebhookOutcome outcome =
        receiver.receive(request(body, WebhookSignatures.hmacSha256Hex(SECRET, body), null));

    assertThat(outcome.kind()).isEqualTo(WebhookOutcome.Kind.REJECTED);
    assertThat(outcome.reason()).contains("register the webhook again");
  }

  @Test
  void signedMalformedBody_isRejected() {
    byte[] body = "{\"event\":\"taskUpdated\",".getBytes(StandardCharsets.UTF_8);

    WebhookOutcome outcome =
        receiver.receive(request(body, WebhookSignatures.hmacSha256Hex(SECRET, body), SECRET));

    assertThat(outcome.kind()).isEqualTo(WebhookOutcome.Kind.REJECTED);
    assertThat(outcome.reason()).contains("not valid JSON");
  }

  @Test
  void signedTaskEventWithoutTaskId_isRejected() {
    byte[] body =
        "{\"event\":\"taskUpdated\",\"webhook_id\":\"w\"}".getBytes(StandardCharsets.UTF_8);

    WebhookOutcome outcome =
        receiver.receive(request(body, WebhookSignatures.hmacSha256Hex(SECRET, body), SECRET));

    assertThat(outcome.kind()).isEqualTo(WebhookOutcome.Kind.REJECTED);
    assertThat(outcome.reason()).contains("task_id");
  }

  @Test
  void oneOfSeveralWorkspaceSecrets_verifiesTheDelivery() throws IOException {
    byte[] body = fixture("webhook-task-deleted.json");

    WebhookOutcome outcome =
        receiver.receive(
            request(body, WebhookSignatures.hmacSha256Hex("SECOND", body), "FIRST," + "SECOND"));

    assertThat(outcome.kind()).isEqualTo(WebhookOutcome.Kind.ACCEPTED);
  }
}
