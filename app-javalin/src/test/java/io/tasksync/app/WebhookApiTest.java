package io.tasksync.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.TaskKey;
import io.tasksync.port.out.TaskStore;
import io.tasksync.port.out.WebhookSecretStore;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebhookApiTest {

  private TestApp app;
  private IntegrationId id;

  @BeforeEach
  void start() {
    app = TestApp.start(URI.create("http://127.0.0.1:9/consent"), 12);
    id = Connecting.connect(app, TestApp.KEY_A);
    await().until(() -> app.get(TaskStore.class).countActive(id) == 12);
  }

  @AfterEach
  void stop() {
    app.close();
  }

  private HttpResponse<String> deliver(String path, String body, String... headers) {
    HttpRequest.Builder b = app.request(path).POST(HttpRequest.BodyPublishers.ofString(body));
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return app.send(b.build());
  }

  @Test
  void handshake_echoesTheSecretAndSavesIt() {
    HttpResponse<String> response =
        deliver("/webhooks/asana/" + id, "", "X-Hook-Secret", "shared-secret-1");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("X-Hook-Secret")).contains("shared-secret-1");
    assertThat(app.get(WebhookSecretStore.class).get(id)).contains("shared-secret-1");
  }

  @Test
  void signedDelivery_marksDeletedTasksAndTriggersASync() {
    deliver("/webhooks/asana/" + id, "", "X-Hook-Secret", "s3cret");
    int before = app.fake.fetches.get();

    HttpResponse<String> response =
        deliver(
            "/webhooks/asana/" + id, "delete:task-3", "X-Signature", "s3cret", "X-Delivery", "d1");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(app.get(TaskStore.class).get(new TaskKey(id, "task-3")).orElseThrow().isDeleted())
        .isTrue();
    await().until(() -> app.fake.fetches.get() > before);
  }

  @Test
  void redelivery_isProcessedOnce() {
    deliver("/webhooks/asana/" + id, "", "X-Hook-Secret", "s3cret");
    deliver("/webhooks/asana/" + id, "x", "X-Signature", "s3cret", "X-Delivery", "d7");

    HttpResponse<String> again =
        deliver("/webhooks/asana/" + id, "x", "X-Signature", "s3cret", "X-Delivery", "d7");

    assertThat(app.tree(again).get("result").asText()).isEqualTo("duplicate");
  }

  @Test
  void badSignature_isRejectedWith401() {
    deliver("/webhooks/asana/" + id, "", "X-Hook-Secret", "s3cret");

    HttpResponse<String> response =
        deliver("/webhooks/asana/" + id, "delete:task-1", "X-Signature", "forged");

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(app.tree(response).get("error").asText()).isEqualTo("webhook_rejected");
    assertThat(app.get(TaskStore.class).countActive(id)).isEqualTo(12);
  }

  @Test
  void unknownProviderIntegrationOrBadId_areClientErrors() {
    assertThat(deliver("/webhooks/trello/" + id, "{}").statusCode()).isEqualTo(404);
    assertThat(deliver("/webhooks/asana/unknown-integration", "{}").statusCode()).isEqualTo(404);
    assertThat(deliver("/webhooks/clickup/" + id, "{}").statusCode()).isEqualTo(404);
    assertThat(deliver("/webhooks/asana/bad!id", "{}").statusCode()).isEqualTo(400);
    assertThat(deliver("/webhooks/linear", "{}").statusCode()).isEqualTo(404);
  }

  @Test
  void oversizedBody_isRefusedWith413_onItsDeclaredLength() throws Exception {
    URI target = app.uri("/webhooks/asana/" + id);
    String response;
    // A raw request that declares 300 KiB and sends none of it: the refusal must come from the
    // declared length, before any body is read (an HTTP client streaming the body would race the
    // server closing the connection).
    try (Socket socket = new Socket(target.getHost(), target.getPort())) {
      socket.setSoTimeout(10_000);
      String head =
          "POST "
              + target.getRawPath()
              + " HTTP/1.1\r\nHost: "
              + target.getHost()
              + "\r\nContent-Type: application/json\r\nContent-Length: "
              + (300 * 1024)
              + "\r\nConnection: close\r\n\r\n";
      socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      response = readResponse(socket);
    }

    assertThat(response).startsWith("HTTP/1.1 413");
    assertThat(response).contains("\"error\":\"body_too_large\"");
  }

  private static String readResponse(Socket socket) throws java.io.IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    byte[] buffer = new byte[4096];
    try {
      for (int n; (n = socket.getInputStream().read(buffer)) != -1; ) {
        out.write(buffer, 0, n);
      }
    } catch (java.net.SocketException closedAfterTheResponse) {
      // the server may reset the connection once it has answered; what arrived is enough
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
