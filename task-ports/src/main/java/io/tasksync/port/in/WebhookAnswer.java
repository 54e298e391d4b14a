package io.tasksync.port.in;

import java.util.Map;

/**
 * What to answer the provider: HTTP status, headers (a handshake's echo) and a short message
 * ({@code accepted}, {@code duplicate}, {@code handshake} or the reason of a refusal).
 */
public record WebhookAnswer(int status, Map<String, String> headers, String message) {

  public WebhookAnswer {
    headers = Map.copyOf(headers);
  }
}
