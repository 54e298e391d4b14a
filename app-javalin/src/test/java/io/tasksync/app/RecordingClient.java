package io.tasksync.app;

import java.io.IOException;
import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * An HTTP client that keeps cookies like a browser and records every response it receives: its
 * request line, status, headers and body, as text.
 */
final class RecordingClient {

  /** One exchange: {@code request} as "METHOD path", and the response as text. */
  record Exchange(String request, int status, String headers, String body) {}

  final HttpClient http =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .cookieHandler(new CookieManager())
          .build();
  private final List<Exchange> exchanges = new ArrayList<>();

  HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    synchronized (exchanges) {
      exchanges.add(
          new Exchange(
              request.method() + " " + request.uri().getRawPath(),
              response.statusCode(),
              response.headers().map().toString(),
              response.body()));
    }
    return response;
  }

  List<Exchange> exchanges() {
    synchronized (exchanges) {
      return List.copyOf(exchanges);
    }
  }
}
