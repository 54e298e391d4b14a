package io.tasksync.adapter.asana;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tasksync.domain.Provider;
import io.tasksync.kit.webhook.WebhookSignatures;
import io.tasksync.port.out.WebhookOutcome;
import io.tasksync.port.out.WebhookReceiver;
import io.tasksync.port.out.WebhookRequest;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Asana webhook deliveries: the {@code X-Hook-Secret} handshake (echoed back, secret learned), then
 * {@code X-Hook-Signature}, the hex HMAC-SHA256 of the raw body, compared in constant time. Events
 * name tasks to fetch again; {@code deleted} ones are reported deleted.
 */
final class AsanaWebhookReceiver implements WebhookReceiver {

  static final String SECRET_HEADER = "X-Hook-Secret";
  static final String SIGNATURE_HEADER = "X-Hook-Signature";

  private final ObjectMapper json;

  AsanaWebhookReceiver(ObjectMapper json) {
    this.json = json;
  }

  @Override
  public Provider provider() {
    return Provider.ASANA;
  }

  @Override
  public WebhookOutcome receive(WebhookRequest request) {
    Optional<String> handshake = request.header(SECRET_HEADER);
    if (handshake.isPresent()) {
      if (handshake.get().isBlank()) {
        return WebhookOutcome.rejected("the X-Hook-Secret handshake header is empty");
      }
      return WebhookOutcome.handshake(Map.of(SECRET_HEADER, handshake.get()), handshake.get());
    }
    if (request.secret() == null) {
      return WebhookOutcome.rejected(
          "no webhook secret is known for this integration; create the webhook again");
    }
    Optional<String> signature = request.header(SIGNATURE_HEADER);
    if (signature.isEmpty()) {
      return WebhookOutcome.rejected("the delivery has no X-Hook-Signature header");
    }
    byte[] body = request.body();
    if (!WebhookSignatures.matchesHex(request.secret(), body, signature.get())) {
      return WebhookOutcome.rejected("the X-Hook-Signature does not match the body");
    }
    return parse(body);
  }

  private WebhookOutcome parse(byte[] body) {
    JsonNode root;
    try {
      root = json.readTree(body);
    } catch (IOException e) {
      return WebhookOutcome.rejected("the delivery body is not JSON");
    }
    if (root == null || !root.path("events").isArray()) {
      return WebhookOutcome.rejected("the delivery body has no events array");
    }
    Set<String> changed = new LinkedHashSet<>();
    Set<String> deleted = new LinkedHashSet<>();
    for (JsonNode e : root.path("events")) {
      JsonNode resource = e.path("resource");
      if (!"task".equals(resource.path("resource_type").asText())) {
        continue;
      }
      String gid = resource.path("gid").asText("");
      if (gid.isEmpty()) {
        return WebhookOutcome.rejected("an event names a task without a gid");
      }
      if ("deleted".equals(e.path("action").asText())) {
        deleted.add(gid);
        changed.remove(gid);
      } else {
        deleted.remove(gid);
        changed.add(gid);
      }
    }
    return WebhookOutcome.accepted(null, null, List.copyOf(changed), List.copyOf(deleted));
  }
}
