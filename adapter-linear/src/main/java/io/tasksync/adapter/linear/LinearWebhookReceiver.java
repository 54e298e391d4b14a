package io.tasksync.adapter.linear;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tasksync.domain.Provider;
import io.tasksync.kit.webhook.WebhookSignatures;
import io.tasksync.port.out.WebhookOutcome;
import io.tasksync.port.out.WebhookReceiver;
import io.tasksync.port.out.WebhookRequest;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Verifies Linear's app-level webhook deliveries ({@code Linear-Signature}: hex HMAC-SHA256 of the
 * raw body with the app's signing secret, compared in constant time; {@code webhookTimestamp}
 * within the tolerance) and turns Issue events into changed or deleted issue ids. The delivery id
 * used to drop repeats is {@link #deliveryKey} of the signed body: the unsigned {@code
 * Linear-Delivery} header would let a captured delivery be replayed under a new value.
 */
final class LinearWebhookReceiver implements WebhookReceiver {

  private final LinearConfig config;
  private final ObjectMapper json;

  LinearWebhookReceiver(LinearConfig config, ObjectMapper json) {
    this.config = config;
    this.json = json;
  }

  @Override
  public Provider provider() {
    return Provider.LINEAR;
  }

  @Override
  public WebhookOutcome receive(WebhookRequest request) {
    String secret =
        config.webhookSigningSecret() != null ? config.webhookSigningSecret() : request.secret();
    if (secret == null) {
      return WebhookOutcome.rejected(
          "no Linear webhook signing secret is configured, so the delivery cannot be verified");
    }
    Optional<String> signature = request.header("Linear-Signature");
    if (signature.isEmpty()) {
      return WebhookOutcome.rejected("the Linear-Signature header is missing");
    }
    byte[] body = request.body();
    if (!WebhookSignatures.matchesHex(secret, body, signature.get())) {
      return WebhookOutcome.rejected("the Linear-Signature does not match the body");
    }
    JsonNode payload;
    try {
      payload = json.readTree(body);
    } catch (IOException e) {
      return WebhookOutcome.rejected("the delivery body is not valid JSON");
    }
    if (payload == null || !payload.path("webhookTimestamp").canConvertToLong()) {
      return WebhookOutcome.rejected("the delivery has no numeric webhookTimestamp");
    }
    Duration skew =
        Duration.between(
                Instant.ofEpochMilli(payload.path("webhookTimestamp").asLong()),
                request.receivedAt())
            .abs();
    if (skew.compareTo(config.webhookTolerance()) > 0) {
      return WebhookOutcome.rejected(
          "the delivery is stale: its webhookTimestamp is "
              + skew.toSeconds()
              + " s from now, more than "
              + config.webhookTolerance().toSeconds()
              + " s");
    }
    String action = payload.path("action").asText("");
    String id = payload.path("data").path("id").asText("");
    String organization = payload.path("organizationId").asText(null);
    if (action.isEmpty() || id.isEmpty() || !payload.path("type").isTextual()) {
      return WebhookOutcome.rejected("the delivery lacks action, type or data.id");
    }
    String deliveryId = deliveryKey(body);
    if (!"Issue".equals(payload.path("type").asText())) {
      return WebhookOutcome.accepted(deliveryId, organization, List.of(), List.of());
    }
    JsonNode data = payload.path("data");
    boolean gone =
        "remove".equals(action)
            || data.path("trashed").asBoolean(false)
            || (data.hasNonNull("archivedAt") && !data.path("archivedAt").asText().isEmpty());
    return gone
        ? WebhookOutcome.accepted(deliveryId, organization, List.of(), List.of(id))
        : WebhookOutcome.accepted(deliveryId, organization, List.of(id), List.of());
  }

  /**
   * Names a verified delivery by what Linear signed: the SHA-256 of the raw body, which holds the
   * {@code webhookId} and {@code webhookTimestamp}, so a retry or replay of the same delivery has
   * the same key and two distinct deliveries never share one.
   */
  static String deliveryKey(byte[] body) {
    try {
      return "linear:"
          + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is unavailable", e);
    }
  }
}
