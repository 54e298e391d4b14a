package io.tasksync.adapter.linear;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tasksync.kit.webhook.WebhookSignatures;
import io.tasksync.port.out.WebhookOutcome;
import io.tasksync.port.out.WebhookReceiver;
import io.tasksync.port.out.WebhookRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Verifying and reading Linear's app-level webhook deliveries. */
class LinearWebhookReceiverTest {

  private static final String SECRET = "lin_wh_signing_secret";
  private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

  private final WebhookReceiver receiver =
      new LinearWebhookReceiver(
          LinearConfig.defaults("c", "s", LinearTestSupport.REDIRECT)
              .withWebhookSigningSecret(SECRET),
          new ObjectMapper());

  private static String body(String action, Instant timestamp) {
    return "{\"action\":\""
        + action
        + "\",\"type\":\"Issue\",\"data\":{\"id\":\"issue-1\","
        + "\"identifier\":\"ENG-1\",\"title\":\"Fix it\",\"archivedAt\":null},"
        + "\"organizationId\":\"org-9\",\"webhookTimestamp\":"
        + timestamp.toEpochMilli()
        + "}";
  }

  private static WebhookRequest request(String body, String signature, String delivery) {
    Map<String, String> headers = new HashMap<>();
    headers.put("Linear-Signature", signature);
    headers.put("Linear-Delivery", delivery);
    headers.put("Linear-Event", "Issue");
    return new WebhookRequest(null, headers, body.getBytes(StandardCharsets.UTF_8), null, NOW);
  }

  private static WebhookRequest signed(String body, String delivery) {
    return request(
        body,
        WebhookSignatures.hmacSha256Hex(SECRET, body.getBytes(StandardCharsets.UTF_8)),
        delivery);
  }

  @Test
  void signedUpdate_isAcceptedAsAChangedIssueOfTheOrganization() {
    WebhookOutcome outcome = receiver.receive(signed(body("update", NOW.minusSeconds(2)), "d-1"));

    assertThat(outcome.kind()).isEqualTo(WebhookOutcome.Kind.ACCEPTED);
    assertThat(outcome.changedExternalIds()).containsExactly("issue-1");
    assertThat(outcome.deletedExternalIds()).isEmpty();
    assertThat(outcome.workspaceExternalId()).isEqualTo("org-9");
    assertThat(outcome.deliveryId()).startsWith("linear:");
  }

  @Test
  void signedRemove_isADeletedIssue() {
    WebhookOutcome outcome = receiver.receive(signed(body("remove", NOW), "d-2"));

    assertThat(outcome.deletedExternalIds()).containsExactly("issue-1");
    assertThat(outcome.changedExternalIds()).isEmpty();
  }

  @Test
  void badSignature_isRejected() {
    String body = body("update", NOW);
    String forged =
        WebhookSignatures.hmacSha256Hex("other-secret", body.getBytes(StandardCharsets.UTF_8));

    WebhookOutcome outcome = receiver.receive(request(body, forged, "d-3"));

    assertThat(outcome.kind()).isEqualTo(WebhookOutcome.Kind.REJECTED);
    assertThat(outcome.reason()).contains("Linear-Signature");
  }

  @Test
  void bodyChangedAfterSigning_isRejected() {
    String body = body("update", NOW);
    String signature =
        WebhookSignatures.hmacSha256Hex(SECRET, body.getBytes(StandardCharsets.UTF_8));

    WebhookOutcome outcome =
        receiver.receive(request(body.replace("Fix it", "Fix me"), signature, "d-4"));

    assertThat(outcome.kind()).isEqualTo(WebhookOutcome.Kind.REJECTED);
  }

  @Test
  void timestampMoreThanAMinuteOff_isRejectedAsStale() {
    WebhookOutcome outcome = receiver.receive(signed(body("update", NOW.minusSeconds(61)), "d-5"));

    assertThat(outcome.kind()).isEqualTo(WebhookOutcome.Kind.REJECTED);
    assertThat(outcome.reason()).contains("stale");
  }

  @Test
  void repeatedDelivery_hasTheSameDeliveryIdWhateverItsDeliveryHeader() {
    String body = body("update", NOW);
    WebhookOutcome first = receiver.receive(signed(body, "d-6"));

    WebhookOutcome replayed = receiver.receive(signed(body, "d-6-replayed"));

    assertThat(replayed.kind()).isEqualTo(WebhookOutcome.Kind.ACCEPTED);
    assertThat(replayed.deliveryId()).isEqualTo(first.deliveryId());
  }

  @Test
  void distinctDeliveriesUnderOneDeliveryHeader_haveDistinctDeliveryIds() {
    WebhookOutcome first = receiver.receive(signed(body("update", NOW), "d-7"));

    WebhookOutcome second = receiver.receive(signed(body("update", NOW.plusMillis(1)), "d-7"));

    assertThat(second.deliveryId()).isNotEqualTo(first.deliveryId());
  }

  @Test
  void malformedBody_isRejected() {
    WebhookOutcome outcome = receiver.receive(signed("{\"action\":\"upd", "d-7"));

    assertThat(outcome.kind()).isEqualTo(WebhookOutcome.Kind.REJECTED);
    assertThat(outcome.reason()).contains("JSON");
  }

  @Test
  void missingSignature_isRejected() {
    WebhookRequest unsigned =
        new WebhookRequest(
            null, Map.of(), body("update", NOW).getBytes(StandardCharsets.UTF_8), null, NOW);

    assertThat(receiver.receive(unsigned).reason()).contains("missing");
  }

  @Test
  void noSecretConfigured_isRejectedWithTheReason() {
    WebhookReceiver unconfigured =
        new LinearWebhookReceiver(
            LinearConfig.defaults("c", "s", LinearTestSupport.REDIRECT), new ObjectMapper());

    WebhookOutcome outcome = unconfigured.receive(signed(body("update", NOW), "d-8"));

    assertThat(outcome.reason()).contains("signing secret");
  }
}
