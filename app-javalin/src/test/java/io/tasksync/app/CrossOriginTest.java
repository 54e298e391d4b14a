package io.tasksync.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tasksync.domain.IntegrationId;
import io.tasksync.port.out.TaskStore;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** State-changing cookie requests must come from the app's own page and carry JSON. */
class CrossOriginTest {

  private static final String EVIL = "https://evil.example";

  private TestApp app;
  private IntegrationId id;
  private String cookie;

  @BeforeEach
  void start() {
    app = TestApp.start(URI.create("http://127.0.0.1:9/consent"), 50);
    id = Connecting.connect(app, TestApp.KEY_A);
    await().until(() -> app.get(TaskStore.class).countActive(id) == 50);
    String setCookie =
        app.post("/session", null, "{\"apiKey\":\"" + TestApp.KEY_A + "\"}")
            .headers()
            .firstValue("Set-Cookie")
            .orElseThrow();
    cookie = setCookie.substring(0, setCookie.indexOf(';'));
  }

  @AfterEach
  void stop() {
    app.close();
  }

  @Test
  void crossOriginTextPlainDisconnectWithCookie_isForbiddenAndDeletesNothing() {
    HttpResponse<String> response =
        app.send(
            app.request("/api/integrations/" + id + "/disconnect")
                .header("Cookie", cookie)
                .header("Origin", EVIL)
                .header("Sec-Fetch-Site", "cross-site")
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{\"deleteTasks\":true}"))
                .build());

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(app.tree(response).get("error").asText()).isEqualTo("cross_origin");
    assertThat(app.get(TaskStore.class).countActive(id)).isEqualTo(50);
    assertThat(app.tree(app.get("/api/integrations", TestApp.KEY_A)).get(0).get("status").asText())
        .isEqualTo("CONNECTED");
  }

  @Test
  void crossSiteFetchMetadataWithoutOrigin_isForbidden() {
    HttpResponse<String> response =
        app.send(
            app.request("/api/integrations/" + id + "/sync")
                .header("Cookie", cookie)
                .header("Sec-Fetch-Site", "cross-site")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());

    assertThat(response.statusCode()).isEqualTo(403);
  }

  @Test
  void signInFromAnotherOrigin_isForbiddenWithoutCookie() {
    HttpResponse<String> response =
        app.send(
            app.request("/session")
                .header("Origin", EVIL)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"apiKey\":\"" + TestApp.KEY_A + "\"}"))
                .build());

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
  }

  @Test
  void cookieRequestWithTextPlainBodyFromOwnOrigin_isRefused() {
    HttpResponse<String> response =
        app.send(
            app.request("/api/integrations/" + id + "/disconnect")
                .header("Cookie", cookie)
                .header("Origin", origin())
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{\"deleteTasks\":true}"))
                .build());

    assertThat(response.statusCode()).isEqualTo(415);
    assertThat(app.get(TaskStore.class).countActive(id)).isEqualTo(50);
  }

  @Test
  void sameOriginJsonWithCookie_works() {
    HttpResponse<String> response =
        app.send(
            app.request("/api/integrations/" + id + "/sync")
                .header("Cookie", cookie)
                .header("Origin", origin())
                .header("Sec-Fetch-Site", "same-origin")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());

    assertThat(response.statusCode()).isEqualTo(202);
  }

  @Test
  void apiKeyClient_needsNoOriginButAJsonBody() {
    HttpResponse<String> noBody =
        app.send(
            app.request("/api/integrations/" + id + "/sync")
                .header("X-Api-Key", TestApp.KEY_A)
                .header("Origin", EVIL)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
    HttpResponse<String> textBody =
        app.send(
            app.request("/api/integrations/" + id + "/disconnect")
                .header("X-Api-Key", TestApp.KEY_A)
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{\"deleteTasks\":true}"))
                .build());

    assertThat(noBody.statusCode()).isEqualTo(202);
    assertThat(textBody.statusCode()).isEqualTo(415);
    assertThat(app.tree(textBody).get("error").asText()).isEqualTo("unsupported_media_type");
    assertThat(app.get(TaskStore.class).countActive(id)).isEqualTo(50);
  }

  private String origin() {
    return "http://127.0.0.1:" + app.app.port();
  }
}
