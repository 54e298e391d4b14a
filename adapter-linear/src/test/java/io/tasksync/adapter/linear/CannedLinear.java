package io.tasksync.adapter.linear;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A loopback server that answers every request with one canned status, headers and body. */
final class CannedLinear implements AutoCloseable {

  private final HttpServer server;

  private CannedLinear(int status, Map<String, String> headers, String body) {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(
        "/",
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          headers.forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
          byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
          }
        });
    server.start();
  }

  static CannedLinear answering(int status, String body) {
    return new CannedLinear(status, Map.of("Content-Type", "application/json"), body);
  }

  static CannedLinear answering(int status, Map<String, String> headers, String body) {
    return new CannedLinear(status, headers, body);
  }

  URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
