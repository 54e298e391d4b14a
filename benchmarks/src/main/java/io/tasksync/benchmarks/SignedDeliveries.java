package io.tasksync.benchmarks;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Validly signed webhook deliveries in the providers' documented shapes: ClickUp ({@code
 * X-Signature}, hex HMAC-SHA256 of the body with the webhook's secret) to the integration's route,
 * and Linear ({@code Linear-Signature}, {@code Linear-Delivery}, a fresh {@code webhookTimestamp})
 * to the app-level route. Each is a task update, so the app schedules an incremental sync.
 */
final class SignedDeliveries {

  private final URI app;
  private final String clickUpIntegration;
  private final String clickUpSecret;
  private final List<String> clickUpTasks;
  private final String linearSecret;
  private final String linearOrganization;
  private final List<String> linearIssues;
  private final AtomicLong sequence = new AtomicLong();

  SignedDeliveries(
      URI app,
      String clickUpIntegration,
      String clickUpSecret,
      List<String> clickUpTasks,
      String linearSecret,
      String linearOrganization,
      List<String> linearIssues) {
    this.app = app;
    this.clickUpIntegration = clickUpIntegration;
    this.clickUpSecret = clickUpSecret;
    this.clickUpTasks = List.copyOf(clickUpTasks);
    this.linearSecret = linearSecret;
    this.linearOrganization = linearOrganization;
    this.linearIssues = List.copyOf(linearIssues);
  }

  /** The next delivery, alternating between the providers. */
  HttpRequest next() {
    long n = sequence.incrementAndGet();
    return n % 2 == 0 ? clickUp(n) : linear(n);
  }

  private HttpRequest clickUp(long n) {
    String body =
        "{\"event\":\"taskUpdated\",\"task_id\":\""
            + clickUpTasks.get((int) (n % clickUpTasks.size()))
            + "\",\"webhook_id\":\"bench-hook\",\"history_items\":[{\"id\":\"h"
            + n
            + "\",\"field\":\"name\",\"date\":\""
            + System.currentTimeMillis()
            + "\"}]}";
    return post("/webhooks/clickup/" + clickUpIntegration, body)
        .header("X-Signature", hmac(clickUpSecret, body))
        .build();
  }

  private HttpRequest linear(long n) {
    String body =
        "{\"action\":\"update\",\"type\":\"Issue\",\"organizationId\":\""
            + linearOrganization
            + "\",\"data\":{\"id\":\""
            + linearIssues.get((int) (n % linearIssues.size()))
            + "\",\"title\":\"renamed "
            + n
            + "\"},\"webhookTimestamp\":"
            + System.currentTimeMillis()
            + "}";
    return post("/webhooks/linear", body)
        .header("Linear-Delivery", UUID.randomUUID().toString())
        .header("Linear-Event", "Issue")
        .header("Linear-Signature", hmac(linearSecret, body))
        .build();
  }

  private HttpRequest.Builder post(String path, String body) {
    return HttpRequest.newBuilder(app.resolve(path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }

  static String hmac(String secret, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing", e);
    }
  }
}
