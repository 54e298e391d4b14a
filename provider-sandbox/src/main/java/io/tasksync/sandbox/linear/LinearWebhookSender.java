package io.tasksync.sandbox.linear;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers Linear's entity webhooks ({@code action} create / update / remove, full {@code data})
 * with {@code Linear-Signature} (hex HMAC-SHA256 of the raw body), {@code Linear-Delivery} and
 * {@code Linear-Event} headers and a {@code webhookTimestamp} in epoch milliseconds.
 */
final class LinearWebhookSender {

  private static final Logger log = LoggerFactory.getLogger(LinearWebhookSender.class);

  private final URI target;
  private final String secret;
  private final String organizationId;
  private final Clock clock;
  private final ObjectMapper json;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final AtomicInteger delivered = new AtomicInteger();
  private final String webhookId = UUID.randomUUID().toString();

  LinearWebhookSender(
      URI target, String secret, String organizationId, Clock clock, ObjectMapper json) {
    this.target = target;
    this.secret = secret;
    this.organizationId = organizationId;
    this.clock = clock;
    this.json = json;
  }

  void send(String action, Map<String, Object> issue) {
    send(action, issue, null);
  }

  /** Sends {@code action} on {@code issue}; an update names in {@code updatedFrom} what changed. */
  void send(String action, Map<String, Object> issue, Map<String, Object> before) {
    if (target == null) {
      return;
    }
    byte[] body = body(action, issue, before);
    HttpRequest request =
        HttpRequest.newBuilder(target)
            .timeout(Duration.ofSeconds(5))
            .header("Content-Type", "application/json; charset=utf-8")
            .header("User-Agent", "Linear-Webhook")
            .header("Linear-Delivery", UUID.randomUUID().toString())
            .header("Linear-Event", "Issue")
            .header("Linear-Signature", sign(secret, body))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
        .whenComplete(
            (response, failure) -> {
              if (failure != null) {
                log.warn("webhook delivery to {} failed: {}", target, failure.toString());
              } else {
                delivered.incrementAndGet();
              }
            });
  }

  int delivered() {
    return delivered.get();
  }

  /**
   * The issue as Linear's webhooks carry it: flat ids ({@code stateId}, {@code teamId}, {@code
   * labelIds}), {@code labels} a plain array, and for an update {@code updatedFrom} holding only
   * the changed fields' previous values.
   */
  private static Map<String, Object> flat(Map<String, Object> issue) {
    Map<String, Object> data = new LinkedHashMap<>(issue);
    data.remove("__typename");
    data.put("stateId", idOf(issue.get("state")));
    data.put("teamId", idOf(issue.get("team")));
    data.put("assigneeId", idOf(issue.get("assignee")));
    data.put("projectId", idOf(issue.get("project")));
    data.put("parentId", idOf(issue.get("parent")));
    List<?> labels = (List<?>) ((Map<?, ?>) issue.get("labels")).get("nodes");
    data.put("labels", labels);
    data.put("labelIds", labels.stream().map(l -> ((Map<?, ?>) l).get("id")).toList());
    return data;
  }

  private static Map<String, Object> updatedFrom(
      Map<String, Object> data, Map<String, Object> before) {
    Map<String, Object> changed = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : flat(before).entrySet()) {
      Object now = data.get(e.getKey());
      if (!(e.getValue() instanceof Map) && !java.util.Objects.equals(e.getValue(), now)) {
        changed.put(e.getKey(), e.getValue());
      }
    }
    return changed;
  }

  private byte[] body(String action, Map<String, Object> issue, Map<String, Object> before) {
    Map<String, Object> data = flat(issue);
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("action", action);
    payload.put(
        "actor",
        Map.of(
            "id", "a3b3a0f7-1c9c-4f3a-9a43-6f1e9c1f0e01",
            "name", "Sandbox Owner",
            "type", "user"));
    payload.put("type", "Issue");
    payload.put("data", data);
    if (before != null) {
      payload.put("updatedFrom", updatedFrom(data, before));
    }
    payload.put("url", issue.get("url"));
    payload.put("createdAt", clock.instant().toString());
    payload.put("organizationId", organizationId);
    payload.put("webhookId", webhookId);
    payload.put("webhookTimestamp", clock.millis());
    payload.put("botActor", null);
    try {
      return json.writeValueAsBytes(payload);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not write a webhook payload", e);
    }
  }

  private static Object idOf(Object nested) {
    return nested instanceof Map ? ((Map<?, ?>) nested).get("id") : null;
  }

  static String sign(String secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is unavailable", e);
    }
  }
}
