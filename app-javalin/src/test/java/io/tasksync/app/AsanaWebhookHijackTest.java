package io.tasksync.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.TaskKey;
import io.tasksync.port.out.TaskStore;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An attacker's X-Hook-Secret handshake, outside this app's own registration of a webhook. */
class AsanaWebhookHijackTest {

  private static final String ATTACKER_SECRET = "attacker-chosen-secret";

  private SandboxApp app;
  private IntegrationId id;

  @BeforeEach
  void connect() throws Exception {
    app = SandboxApp.asana(60);
    id = app.connect();
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> app.get(TaskStore.class).countActive(id) == app.asana().liveTaskCount());
    await().atMost(Duration.ofSeconds(20)).until(() -> !app.asana().webhookTargets().isEmpty());
  }

  @AfterEach
  void stop() {
    app.close();
  }

  @Test
  void handshakeOnTheIntegrationUrl_isRefusedAndTheGenuineWebhookKeepsWorking() throws Exception {
    URI integrationUrl = app.uri("/webhooks/asana/" + id);

    HttpResponse<String> handshake = handshake(integrationUrl, ATTACKER_SECRET);
    List<Integer> forged = new ArrayList<>();
    for (int replay = 0; replay < 4; replay++) {
      for (int task = 7; task < 10; task++) {
        String event = deletedEvent(app.asana().taskGid(task));
        forged.add(post(integrationUrl, event, ATTACKER_SECRET).statusCode());
      }
    }

    assertThat(handshake.statusCode()).isBetween(400, 499);
    assertThat(handshake.headers().firstValue("X-Hook-Secret")).isEmpty();
    assertThat(handshake.body()).contains("\"error\"");
    assertThat(forged).hasSize(12).containsOnly(401);
    assertThat(taskDeleted(app.asana().taskGid(7))).isFalse();
    assertThat(app.get(TaskStore.class).countActive(id)).isEqualTo(app.asana().liveTaskCount());
    assertGenuineDeliveriesStillArrive();
  }

  @Test
  void secondHandshakeOnAnEstablishedWebhookUrl_isRefused() throws Exception {
    URI webhookUrl = app.uri(app.asana().webhookTargets().get(0).getRawPath());

    HttpResponse<String> handshake = handshake(webhookUrl, ATTACKER_SECRET);
    HttpResponse<String> forged =
        post(webhookUrl, deletedEvent(app.asana().taskGid(7)), ATTACKER_SECRET);

    assertThat(handshake.statusCode()).isBetween(400, 499);
    assertThat(handshake.headers().firstValue("X-Hook-Secret")).isEmpty();
    assertThat(forged.statusCode()).isEqualTo(401);
    assertThat(taskDeleted(app.asana().taskGid(7))).isFalse();
    assertGenuineDeliveriesStillArrive();
  }

  @Test
  void handshakeOnAnInventedRegistration_isRefused() throws Exception {
    URI invented = app.uri("/webhooks/asana/" + id + "/invented-registration");

    HttpResponse<String> handshake = handshake(invented, ATTACKER_SECRET);
    HttpResponse<String> forged =
        post(invented, deletedEvent(app.asana().taskGid(7)), ATTACKER_SECRET);

    assertThat(handshake.statusCode()).isBetween(400, 499);
    assertThat(handshake.headers().firstValue("X-Hook-Secret")).isEmpty();
    assertThat(forged.statusCode()).isBetween(400, 499);
    assertThat(taskDeleted(app.asana().taskGid(7))).isFalse();
  }

  private void assertGenuineDeliveriesStillArrive() {
    String gid = app.asana().taskGid(9);
    app.asana().updateTask(gid, "Renamed after the attack");
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                app.get(TaskStore.class)
                    .get(new TaskKey(id, gid))
                    .map(t -> t.title().equals("Renamed after the attack"))
                    .orElse(false));
  }

  private boolean taskDeleted(String gid) {
    return app.get(TaskStore.class).get(new TaskKey(id, gid)).orElseThrow().isDeleted();
  }

  private HttpResponse<String> handshake(URI url, String secret) throws Exception {
    return app.http.send(
        HttpRequest.newBuilder(url)
            .header("X-Hook-Secret", secret)
            .POST(HttpRequest.BodyPublishers.noBody())
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(URI url, String body, String secret) throws Exception {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return app.http.send(
        HttpRequest.newBuilder(url)
            .header("Content-Type", "application/json")
            .header("X-Hook-Signature", hmacHex(secret, bytes))
            .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static String deletedEvent(String gid) {
    return "{\"events\":[{\"action\":\"deleted\",\"resource\":{\"gid\":\""
        + gid
        + "\",\"resource_type\":\"task\"},\"created_at\":\"2026-01-05T10:00:00.000Z\"}]}";
  }

  static String hmacHex(String secret, byte[] body) throws GeneralSecurityException {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(body));
  }
}
