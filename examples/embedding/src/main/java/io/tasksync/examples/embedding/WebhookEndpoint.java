package io.tasksync.examples.embedding;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.tasksync.domain.Provider;
import io.tasksync.port.in.ReceiveWebhookUseCase;
import io.tasksync.port.in.WebhookAnswer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * The embedding service's own web layer, here the JDK's HTTP server: it hands Linear's app-level
 * webhook deliveries, raw body and headers, to {@link ReceiveWebhookUseCase} and answers what it
 * says. Any HTTP framework does the same in a few lines.
 */
public final class WebhookEndpoint implements AutoCloseable {

  private static final int MAX_BODY = 256 * 1024;
  private final HttpServer server;

  public WebhookEndpoint(int port, ReceiveWebhookUseCase webhooks) throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    server.createContext("/webhooks/linear", exchange -> deliver(exchange, webhooks));
    server.start();
  }

  private static void deliver(HttpExchange exchange, ReceiveWebhookUseCase webhooks)
      throws IOException {
    Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, values.get(0)));
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readNBytes(MAX_BODY);
    }
    WebhookAnswer answer =
        webhooks
            .forApp(Provider.LINEAR, headers, body)
            .orElse(new WebhookAnswer(404, Map.of(), "no Linear receiver"));
    answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
    byte[] message = answer.message().getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(answer.status(), message.length);
    exchange.getResponseBody().write(message);
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
