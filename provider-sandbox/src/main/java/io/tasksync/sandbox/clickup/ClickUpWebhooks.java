package io.tasksync.sandbox.clickup;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Webhooks created per workspace; each delivery is signed with the webhook's secret (X-Signature,
 * hex HMAC-SHA256 of the body) and tried up to five times, then dropped, as ClickUp does.
 */
final class ClickUpWebhooks {

  private static final Logger log = LoggerFactory.getLogger(ClickUpWebhooks.class);
  private static final int TRIES = 5;

  /** One registered webhook. */
  record Hook(String id, int workspace, URI endpoint, List<String> events, String secret) {}

  private final List<Hook> hooks = new ArrayList<>();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final SecureRandom random = new SecureRandom();
  private int delivered;
  private int dropped;

  synchronized Hook register(int workspace, URI endpoint, List<String> events) {
    byte[] secret = new byte[24];
    random.nextBytes(secret);
    Hook hook =
        new Hook(
            UUID.randomUUID().toString(),
            workspace,
            endpoint,
            List.copyOf(events),
            HexFormat.of().formatHex(secret).toUpperCase(java.util.Locale.ROOT));
    hooks.add(hook);
    return hook;
  }

  synchronized List<Hook> of(int workspace) {
    return hooks.stream().filter(h -> h.workspace() == workspace).toList();
  }

  synchronized int delivered() {
    return delivered;
  }

  synchronized int dropped() {
    return dropped;
  }

  static ObjectNode hookJson(Hook h, int userId) {
    ObjectNode n = ClickUpJson.MAPPER.createObjectNode().put("id", h.id());
    n.put("userid", userId).put("team_id", Long.parseLong(ClickUpWorld.teamId(h.workspace())));
    n.put("endpoint", h.endpoint().toString()).put("client_id", "sandbox-client");
    n.set("events", ClickUpJson.MAPPER.valueToTree(h.events()));
    n.putNull("task_id").putNull("list_id").putNull("folder_id").putNull("space_id");
    n.putObject("health").put("status", "active").put("fail_count", 0);
    n.put("secret", h.secret());
    return n;
  }

  /** Delivers a task event to every matching webhook of the workspace (synchronously). */
  void deliver(int workspace, String event, String taskId, String field, long now) {
    for (Hook h : of(workspace)) {
      if (!h.events().contains("*") && !h.events().contains(event)) {
        continue;
      }
      ObjectNode body = ClickUpJson.MAPPER.createObjectNode().put("event", event);
      var items = body.putArray("history_items");
      if (!"taskDeleted".equals(event)) {
        ObjectNode item = items.addObject().put("id", String.valueOf(now)).put("type", 1);
        item.put("date", String.valueOf(now))
            .put("field", field)
            .put("parent_id", ClickUpWorld.listId(workspace, 0));
        item.putObject("data");
        item.put("source", (String) null);
        item.set("user", ClickUpJson.user(workspace, ClickUpWorld.userId(workspace, 0)));
        item.putNull("before").putNull("after");
      }
      body.put("task_id", taskId).put("webhook_id", h.id());
      send(h, body.toString().getBytes(StandardCharsets.UTF_8));
    }
  }

  private void send(Hook h, byte[] body) {
    for (int attempt = 1; attempt <= TRIES; attempt++) {
      try {
        HttpRequest request =
            HttpRequest.newBuilder(h.endpoint())
                .timeout(Duration.ofSeconds(7))
                .header("Content-Type", "application/json")
                .header("X-Signature", sign(h.secret(), body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status / 100 == 2) {
          synchronized (this) {
            delivered++;
          }
          return;
        }
        log.info("webhook {} answered {} (try {})", h.id(), status, attempt);
      } catch (java.io.IOException e) {
        log.info("webhook {} unreachable (try {}): {}", h.id(), attempt, e.toString());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    synchronized (this) {
      dropped++;
    }
  }

  static String sign(String secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
    }
  }
}
