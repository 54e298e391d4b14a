package io.tasksync.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tasksync.adapter.firestore.FirestoreStores;
import io.tasksync.app.security.SealedWebhookSecretStore;
import io.tasksync.app.security.TinkTokenCipher;
import io.tasksync.domain.Integration;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.OrganizationId;
import io.tasksync.port.out.StoreUnavailableException;
import io.tasksync.port.out.WebhookKey;
import io.tasksync.sandbox.asana.AsanaStandIn;
import io.tasksync.sandbox.asana.AsanaStandInConfig;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two app processes on one Firestore emulator and one Asana stand-in, behind one public URL: a
 * browser signs in on A and starts Connect on A; the provider's redirect reaches B, which completes
 * it; the session works on both, and signing out on B signs out on A. The same webhook delivery
 * posted to both is recorded once and synced once.
 */
class TwoInstancesTest {

  private static final Duration STEP = Deployment.STEP;

  private static AsanaStandIn asana;
  private static Deployment deployment;
  private static FirestoreStores stores;
  private static ChildApp a;
  private static ChildApp b;

  /** Two instances behind one public URL, with what every instance must share. */
  @BeforeAll
  static void startTwoInstances() {
    asana = AsanaStandIn.start(AsanaStandInConfig.defaults().withTaskCount(20));
    deployment =
        Deployment.start("two-instances")
            .withAsana(asana)
            .with("TASKSYNC_PUBLIC_BASE_URL", "http://127.0.0.1:" + ChildJvm.freePort());
    stores = deployment.stores;
    a = deployment.startInstance("two-instances-a");
    b = deployment.startInstance("two-instances-b");
  }

  @AfterAll
  static void stopAll() {
    for (AutoCloseable c : new AutoCloseable[] {deployment, asana}) {
      try {
        if (c != null) {
          c.close();
        }
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
  }

  @Test
  @Timeout(value = 90)
  void connectStartedOnA_completesOnB_andTheSessionIsSharedUntilSignOut() throws Exception {
    HttpResponse<String> signIn =
        send(
            a,
            request(a, "/session")
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString("{\"apiKey\":\"" + TestApp.KEY_A + "\"}")));
    assertThat(signIn.statusCode()).isEqualTo(200);
    String session = cookie(signIn, "tasksync_session");
    assertThat(send(b, request(b, "/session").header("Cookie", session)).body())
        .contains("\"signedIn\":true");

    HttpResponse<String> authorize =
        send(a, request(a, "/oauth/asana/authorize").header("Cookie", session));
    assertThat(authorize.statusCode()).isEqualTo(302);
    String binding = cookie(authorize, "tasksync_oauth");
    URI consent = URI.create(authorize.headers().firstValue("Location").orElseThrow());
    URI callback = ConsentForms.approve(a.http, consent);
    URI atB = b.base.resolve(callback.getRawPath() + "?" + callback.getRawQuery());

    HttpResponse<String> completed =
        send(b, HttpRequest.newBuilder(atB).header("Cookie", binding + "; " + session));

    assertThat(completed.headers().firstValue("Location").orElseThrow())
        .isEqualTo("/?connected=asana");
    List<Integration> connected =
        await("the integration is stored")
            .atMost(STEP)
            .ignoreExceptionsInstanceOf(StoreUnavailableException.class)
            .until(
                () -> stores.integrationStore().findByOrganization(TestApp.ORG_A),
                l -> !l.isEmpty());
    assertThat(connected).hasSize(1);
    assertThat(send(a, request(a, "/api/integrations").header("Cookie", session)).body())
        .contains(connected.get(0).id().value());

    HttpResponse<String> replay =
        send(
            a,
            HttpRequest.newBuilder(
                    a.base.resolve(callback.getRawPath() + "?" + callback.getRawQuery()))
                .header("Cookie", binding + "; " + session));
    assertThat(replay.headers().firstValue("Location").orElseThrow()).contains("error=");

    assertThat(send(b, request(b, "/session").header("Cookie", session).DELETE()).statusCode())
        .isEqualTo(204);
    assertThat(send(a, request(a, "/session").header("Cookie", session)).body())
        .contains("\"signedIn\":false");
    assertThat(send(a, request(a, "/api/integrations").header("Cookie", session)).statusCode())
        .isEqualTo(401);
  }

  @Test
  @Timeout(value = 90)
  void sameDeliveryPostedToAAndB_isRecordedOnceAndSyncedOnce() throws Exception {
    IntegrationId id = deployment.seedAsana(asana, OrganizationId.of("org-hooks"));
    new SealedWebhookSecretStore(
            stores.webhookSecretStore(), TinkTokenCipher.fromJsonKeyset(deployment.keyset()))
        .put(WebhookKey.of(id, "hook-1"), "s3cret");
    double before = syncs();
    String body =
        "{\"events\":[{\"action\":\"changed\",\"resource\":{\"gid\":\""
            + asana.taskGid(3)
            + "\",\"resource_type\":\"task\"}}]}";
    String path = "/webhooks/asana/" + id + "/hook-1";

    HttpResponse<String> toA = deliver(a, path, body);
    HttpResponse<String> toB = deliver(b, path, body);

    assertThat(toA.body()).contains("\"result\":\"accepted\"");
    assertThat(toB.body()).contains("\"result\":\"duplicate\"");
    String key = "body-sha256:" + sha256(body);
    await("the delivery is processed")
        .atMost(STEP)
        .ignoreExceptionsInstanceOf(StoreUnavailableException.class)
        .until(() -> stores.webhookDeliveryLog().get(key, id).orElseThrow().processed());
    await("the sync is counted").atMost(STEP).until(() -> syncs() >= before + 1);
    assertThat(syncs()).isEqualTo(before + 1);
    assertThat(stores.taskStore().countActive(id)).isEqualTo(20);
  }

  private static double syncs() throws Exception {
    return a.counter("tasksync_syncs_total") + b.counter("tasksync_syncs_total");
  }

  private static HttpResponse<String> deliver(ChildApp app, String path, String body)
      throws Exception {
    return send(
        app,
        request(app, path)
            .header("X-Hook-Signature", hmac(body))
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private static String hmac(String body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec("s3cret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
  }

  private static String sha256(String body) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
  }

  private static HttpRequest.Builder request(ChildApp app, String path) {
    return HttpRequest.newBuilder(app.base.resolve(path)).timeout(Duration.ofSeconds(20));
  }

  private static HttpResponse<String> send(ChildApp app, HttpRequest.Builder request)
      throws Exception {
    return app.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String cookie(HttpResponse<String> response, String name) {
    String set =
        response.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith(name + "="))
            .findFirst()
            .orElseThrow(
                () -> new AssertionError("no " + name + " cookie in " + response.headers()));
    return set.substring(0, set.indexOf(';'));
  }
}
