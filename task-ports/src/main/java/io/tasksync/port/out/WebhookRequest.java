package io.tasksync.port.out;

import io.tasksync.domain.IntegrationId;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A webhook delivery as received.
 *
 * @param integrationId the integration named in the delivery URL, or null for app-level webhooks
 * @param headers the request headers (looked up case-insensitively)
 * @param body the raw body, exactly as received (signatures are over these bytes)
 * @param secret the signing secret of the webhook the delivery came to (or of the app), or null
 *     when none is known
 * @param receivedAt when the delivery arrived
 */
public record WebhookRequest(
    IntegrationId integrationId,
    Map<String, String> headers,
    byte[] body,
    String secret,
    Instant receivedAt) {

  public WebhookRequest {
    Map<String, String> lower = new TreeMap<>();
    Objects.requireNonNull(headers, "headers")
        .forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
    headers = Map.copyOf(lower);
    body = Objects.requireNonNull(body, "body").clone();
    Objects.requireNonNull(receivedAt, "receivedAt");
  }

  public Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
  }

  @Override
  public byte[] body() {
    return body.clone();
  }
}
