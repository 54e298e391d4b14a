package io.tasksync.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.TaskKey;
import io.tasksync.port.out.TaskStore;
import io.tasksync.port.out.WebhookDelivery;
import io.tasksync.port.out.WebhookDeliveryLog;
import io.tasksync.port.out.WebhookKey;
import io.tasksync.port.out.WebhookSecretStore;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
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

  /** Records a registration of webhook {@code registration} as the app does before creating it. */
  private String expect(String registration, Instant expiresAt) {
    app.get(WebhookSecretStore.class).expect(WebhookKey.of(id, registration), expiresAt);
    return "/webhooks/asana/" + id + "/" + registration;
  }

  /** A webhook URL whose handshake established {@code secret}. */
  private String established(String secret) {
    String path = expect("reg-" + UUID.randomUUID(), Instant.now().plusSeconds(60));
    assertThat(deliver(path, "", "X-Hook-Secret", secret).statusCode()).isEqualTo(200);
    return path;
  }

  @Test
  void handshake_echoesTheSecretAndSavesIt() {
    String path = expect("reg-1", Instant.now().plusSeconds(60));

    HttpResponse<String> response = deliver(path, "", "X-Hook-Secret", "shared-secret-1");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("X-Hook-Secret")).contains("shared-secret-1");
    assertThat(app.get(WebhookSecretStore.class).get(WebhookKey.of(id, "reg-1")))
        .contains("shared-secret-1");
  }

  @Test
  void handshakeOnTheIntegrationUrl_isRefusedWith403AndStoresNothing() {
    HttpResponse<String> response =
        deliver("/webhooks/asana/" + id, "", "X-Hook-Secret", "shared-secret-1");

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.headers().firstValue("X-Hook-Secret")).isEmpty();
    assertThat(app.tree(response).get("error").asText()).isEqualTo("webhook_rejected");
    assertThat(app.get(WebhookSecretStore.class).get(WebhookKey.former(id))).isEmpty();
  }

  @Test
  void secondHandshake_isRefusedAndKeepsTheFirstSecret() {
    String path = established("first-secret");

    HttpResponse<String> again = deliver(path, "", "X-Hook-Secret", "second-secret");

    assertThat(again.statusCode()).isEqualTo(403);
    assertThat(again.headers().firstValue("X-Hook-Secret")).isEmpty();
    assertThat(deliver(path, "x", "X-Signature", "second-secret").statusCode()).isEqualTo(401);
    assertThat(deliver(path, "x", "X-Signature", "first-secret").statusCode()).isEqualTo(200);
  }

  @Test
  void handshakeForAnExpiredOrUnknownRegistration_isRefused() {
    String expired = expect("reg-expired", Instant.now().minusSeconds(1));

    HttpResponse<String> late = deliver(expired, "", "X-Hook-Secret", "late-secret");
    HttpResponse<String> unknown =
        deliver("/webhooks/asana/" + id + "/reg-unknown", "", "X-Hook-Secret", "any");

    assertThat(late.statusCode()).isEqualTo(403);
    assertThat(unknown.statusCode()).isEqualTo(403);
    assertThat(app.get(WebhookSecretStore.class).get(WebhookKey.of(id, "reg-expired"))).isEmpty();
    assertThat(app.get(WebhookSecretStore.class).get(WebhookKey.of(id, "reg-unknown"))).isEmpty();
  }

  @Test
  void eachWebhookUrl_verifiesWithItsOwnSecret() {
    String first = established("secret-one");
    String second = established("secret-two");

    assertThat(deliver(first, "x", "X-Signature", "secret-one").statusCode()).isEqualTo(200);
    assertThat(deliver(second, "x", "X-Signature", "secret-two").statusCode()).isEqualTo(200);
    assertThat(deliver(first, "x", "X-Signature", "secret-two").statusCode()).isEqualTo(401);
  }

  @Test
  void signedDelivery_marksDeletedTasksAndTriggersASync() {
    String path = established("s3cret");
    int before = app.fake.fetches.get();

    HttpResponse<String> response =
        deliver(path, "delete:task-3", "X-Signature", "s3cret", "X-Delivery", "d1");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(app.get(TaskStore.class).get(new TaskKey(id, "task-3")).orElseThrow().isDeleted())
        .isTrue();
    await().until(() -> app.fake.fetches.get() > before);
  }

  @Test
  void redelivery_isProcessedOnce() {
    String path = established("s3cret");
    deliver(path, "x", "X-Signature", "s3cret", "X-Delivery", "d7");

    HttpResponse<String> again = deliver(path, "x", "X-Signature", "s3cret", "X-Delivery", "d7");

    assertThat(app.tree(again).get("result").asText()).isEqualTo("duplicate");
  }

  @Test
  void acceptedDelivery_isRecordedAndMarkedProcessedOnceItsSyncEnds() {
    String path = established("s3cret");

    deliver(path, "x", "X-Signature", "s3cret", "X-Delivery", "d8");

    WebhookDeliveryLog log = app.get(WebhookDeliveryLog.class);
    assertThat(log.get("d8", id)).isPresent();
    await().until(() -> log.get("d8", id).orElseThrow().processed());
  }

  @Test
  void deliveryAcknowledgedByAnInstanceThatDied_isSyncedByTheSweep() {
    WebhookDeliveryLog log = app.get(WebhookDeliveryLog.class);
    Instant received = Instant.now().minusSeconds(60);
    int before = app.fake.fetches.get();

    log.record(WebhookDelivery.received("orphan", id, received, received.plusSeconds(3600)));

    await().until(() -> log.get("orphan", id).orElseThrow().processed());
    assertThat(app.fake.fetches.get()).isGreaterThan(before);
  }

  @Test
  void badSignature_isRejectedWith401() {
    String path = established("s3cret");

    HttpResponse<String> response = deliver(path, "delete:task-1", "X-Signature", "forged");

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
    assertThat(deliver("/webhooks/asana/" + id + "/bad!id", "{}").statusCode()).isEqualTo(404);
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
