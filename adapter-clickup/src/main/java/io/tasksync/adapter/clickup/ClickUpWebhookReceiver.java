package io.tasksync.adapter.clickup;

import com.fasterxml.jackson.databind.JsonNode;
import io.tasksync.domain.Provider;
import io.tasksync.kit.webhook.WebhookSignatures;
import io.tasksync.port.out.WebhookOutcome;
import io.tasksync.port.out.WebhookReceiver;
import io.tasksync.port.out.WebhookRequest;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Verifies ClickUp deliveries ({@code X-Signature}: hex HMAC-SHA256 of the raw body with the
 * webhook's secret, compared in constant time) and reads the thin payload: {@code taskDeleted}
 * names a deleted task, other task events a task to fetch again. An integration spanning several
 * workspaces has one webhook, and one secret, per workspace; the app verifies a delivery with the
 * secret of the webhook its {@code webhook_id} names. A secret kept before secrets were per webhook
 * may still be the comma-separated list of the integration's secrets: a signature matching any of
 * them is accepted.
 */
final class ClickUpWebhookReceiver implements WebhookReceiver {

  @Override
  public Provider provider() {
    return Provider.CLICKUP;
  }

  @Override
  public Optional<String> webhookIdOf(byte[] body) {
    try {
      JsonNode json = ClickUpHttp.MAPPER.readTree(body);
      return json == null
          ? Optional.empty()
          : Optional.ofNullable(ClickUpTaskMapper.text(json, "webhook_id"));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  @Override
  public WebhookOutcome receive(WebhookRequest request) {
    if (request.secret() == null || request.secret().isBlank()) {
      return WebhookOutcome.rejected(
          "no ClickUp webhook secret is known for this integration; register the webhook again");
    }
    String signature = request.header("X-Signature").orElse("").trim().toLowerCase(Locale.ROOT);
    if (signature.isEmpty()) {
      return WebhookOutcome.rejected("the delivery has no X-Signature header");
    }
    byte[] body = request.body();
    if (!signedByAny(request.secret(), body, signature)) {
      return WebhookOutcome.rejected(
          "the X-Signature does not match the body signed with the webhook's secret");
    }
    JsonNode json;
    try {
      json = ClickUpHttp.MAPPER.readTree(body);
    } catch (IOException e) {
      return WebhookOutcome.rejected("the delivery body is not valid JSON");
    }
    if (json == null || !json.path("event").isTextual()) {
      return WebhookOutcome.rejected("the delivery has no event name");
    }
    String event = json.path("event").asText();
    String taskId = ClickUpTaskMapper.text(json, "task_id");
    String deliveryId = deliveryId(json);
    if (!event.startsWith("task")) {
      return WebhookOutcome.accepted(deliveryId, null, List.of(), List.of());
    }
    if (taskId == null || taskId.isBlank()) {
      return WebhookOutcome.rejected("the " + event + " delivery has no task_id");
    }
    if ("taskDeleted".equals(event)) {
      return WebhookOutcome.accepted(deliveryId, null, List.of(), List.of(taskId));
    }
    return WebhookOutcome.accepted(deliveryId, null, List.of(taskId), List.of());
  }

  /** ClickUp sends no delivery id: the webhook id with the first history item's id stands in. */
  private static String deliveryId(JsonNode json) {
    String hook = ClickUpTaskMapper.text(json, "webhook_id");
    JsonNode first = json.path("history_items").path(0);
    String item = ClickUpTaskMapper.text(first, "id");
    if (hook == null) {
      return null;
    }
    return item == null ? null : hook + ":" + item;
  }

  private static boolean signedByAny(String secrets, byte[] body, String signature) {
    boolean match = false;
    for (String secret : secrets.split(",")) {
      match |= WebhookSignatures.matchesHex(secret.trim(), body, signature);
    }
    return match;
  }
}
