package io.tasksync.adapter.asana;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tasksync.domain.IntegrationId;
import io.tasksync.kit.webhook.WebhookSignatures;
import io.tasksync.port.out.WebhookOutcome;
import io.tasksync.port.out.WebhookRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Handshake, signature and parsing of Asana webhook deliveries. */
class AsanaWebhookReceiverTest {

  private static final String SECRET = "6fa2b4c1d0e9f8a7b6c5d4e3f2a1b0c9";
  private final AsanaWebhookReceiver receiver = new AsanaWebhookReceiver(new ObjectMapper());

  private static byte[] fixture(String name) throws IOException {
    try (InputStream in = AsanaWebhookReceiverTest.class.getResourceAsStream("/asana/" + name)) {
      return in.readAllBytes();
    }
  }

  private static WebhookRequest request(Map<String, String> headers, byte[] body, String secret) {
    return new WebhookRequest(IntegrationId.of("i-1"), headers, body, secret, Instant.now());
  }

  @Test
  void handshake_echoesTheSecretAndLearnsIt() {
    WebhookOutcome outcome =
        receiver.receive(request(Map.of("x-hook-secret", SECRET), new byte[0], null));

    assertThat(outcome.kind()).isEqualTo(WebhookOutcome.Kind.HANDSHAKE);
    assertThat(outcome.newSecret()).isEqualTo(SECRET);
    assertThat(outcome.responseHeaders()).containsEntry("X-Hook-Secret", SECRET);
  }

  @Test
  void signedDelivery_namesChangedAndDeletedTasks() throws IOException {
    byte[] body = fixture("webhook_events.json");
    String signature = WebhookSignatures.hmacSha256Hex(SECRET, body);

    WebhookOutcome outcome =
        receiver.receive(request(Map.of("X-Hook-Signature", signature), body, SECRET));

    assertThat(outcome.kind()).isEqualTo(WebhookOutcome.Kind.ACCEPTED);
    assertThat(outcome.changedExternalIds()).containsExactly("1211440849237760");
    assertThat(outcome.deletedExternalIds()).containsExactly("1211440849237761");
  }

  @Test
  void signatureOverOtherBytes_isRejected() throws IOException {
    byte[] body = fixture("webhook_events.json");
    String signature =
        WebhookSignatures.hmacSha256Hex(SECRET, "{\"events\":[]}".getBytes(StandardCharsets.UTF_8));

    WebhookOutcome outcome =
        receiver.receive(request(Map.of("X-Hook-Signature", signature), body, SECRET));

    assertThat(outcome.kind()).isEqualTo(WebhookOutcome.Kind.REJECTED);
    assertThat(outcome.reason()).contains("does not match");
  }

  @Test
  void deliveryWithoutSignature_isRejected() throws IOException {
    WebhookOutcome outcome =
        receiver.receive(request(Map.of(), fixture("webhook_events.json"), SECRET));

    assertThat(outcome.kind()).isEqualTo(WebhookOutcome.Kind.REJECTED);
    assertThat(outcome.reason()).contains("no X-Hook-Signature");
  }

  @Test
  void deliveryWithNoKnownSecret_isRejected() throws IOException {
    byte[] body = fixture("webhook_events.json");

    WebhookOutcome outcome =
        receiver.receive(
            request(
                Map.of("X-Hook-Signature", WebhookSignatures.hmacSha256Hex(SECRET, body)),
                body,
                null));

    assertThat(outcome.kind()).isEqualTo(WebhookOutcome.Kind.REJECTED);
  }

  @Test
  void signedMalformedBody_isRejected() {
    byte[] body = "{\"events\":[".getBytes(StandardCharsets.UTF_8);

    WebhookOutcome outcome =
        receiver.receive(
            request(
                Map.of("X-Hook-Signature", WebhookSignatures.hmacSha256Hex(SECRET, body)),
                body,
                SECRET));

    assertThat(outcome.kind()).isEqualTo(WebhookOutcome.Kind.REJECTED);
    assertThat(outcome.reason()).contains("not JSON");
  }

  @Test
  void heartbeat_isAcceptedWithNothingToDo() {
    byte[] body = "{\"events\":[]}".getBytes(StandardCharsets.UTF_8);

    WebhookOutcome outcome =
        receiver.receive(
            request(
                Map.of("X-Hook-Signature", WebhookSignatures.hmacSha256Hex(SECRET, body)),
                body,
                SECRET));

    assertThat(outcome.kind()).isEqualTo(WebhookOutcome.Kind.ACCEPTED);
    assertThat(outcome.changedExternalIds()).isEmpty();
    assertThat(outcome.deletedExternalIds()).isEmpty();
  }
}
