package io.tasksync.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tasksync.domain.IntegrationId;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccessTest {

  private TestApp app;

  @BeforeEach
  void start() {
    app = TestApp.start(URI.create("http://127.0.0.1:9/consent"), 5);
  }

  @AfterEach
  void stop() {
    app.close();
  }

  @ParameterizedTest
  @CsvSource({
    "GET,/api/integrations",
    "GET,/api/integrations/abc/sync",
    "POST,/api/integrations/abc/sync",
    "POST,/api/integrations/abc/disconnect",
    "GET,/api/tasks"
  })
  void apiRouteWithoutKey_isUnauthorizedWithJsonError(String method, String path) {
    HttpResponse<String> response =
        app.send(app.request(path).method(method, HttpRequest.BodyPublishers.noBody()).build());

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(app.tree(response).get("error").asText()).isEqualTo("unauthorized");
  }

  @Test
  void wrongKey_isUnauthorized() {
    HttpResponse<String> response = app.get("/api/integrations", "not-a-key-0123456789");

    assertThat(response.statusCode()).isEqualTo(401);
  }

  @Test
  void apiKeyHeaderAndBearer_bothAuthenticate() {
    HttpResponse<String> bearer = app.get("/api/integrations", TestApp.KEY_A);
    HttpResponse<String> header =
        app.send(app.request("/api/integrations").header("X-Api-Key", TestApp.KEY_A).build());

    assertThat(bearer.statusCode()).isEqualTo(200);
    assertThat(header.statusCode()).isEqualTo(200);
  }

  @Test
  void signIn_setsHttpOnlyStrictCookieThatAuthenticatesTheApi() {
    HttpResponse<String> signIn =
        app.post("/session", null, "{\"apiKey\":\"" + TestApp.KEY_A + "\"}");
    String cookie = signIn.headers().firstValue("Set-Cookie").orElseThrow();

    HttpResponse<String> withCookie =
        app.send(
            app.request("/api/integrations")
                .header("Cookie", cookie.substring(0, cookie.indexOf(';')))
                .build());

    assertThat(signIn.statusCode()).isEqualTo(200);
    assertThat(cookie)
        .contains("HttpOnly")
        .contains("SameSite=Strict")
        .doesNotContain(TestApp.KEY_A);
    assertThat(withCookie.statusCode()).isEqualTo(200);
  }

  @Test
  void signInWithBadKey_isRefusedWithoutCookie() {
    HttpResponse<String> response = app.post("/session", null, "{\"apiKey\":\"nope\"}");

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
  }

  @Test
  void signOut_endsTheSession() {
    String cookie =
        app.post("/session", null, "{\"apiKey\":\"" + TestApp.KEY_A + "\"}")
            .headers()
            .firstValue("Set-Cookie")
            .orElseThrow();
    String pair = cookie.substring(0, cookie.indexOf(';'));
    app.send(app.request("/session").header("Cookie", pair).DELETE().build());

    HttpResponse<String> after =
        app.send(app.request("/api/integrations").header("Cookie", pair).build());

    assertThat(after.statusCode()).isEqualTo(401);
  }

  @Test
  void anotherOrganization_seesNoneOfTheIntegrationsOrTasks() throws Exception {
    IntegrationId id = Connecting.connect(app, TestApp.KEY_A);
    org.awaitility.Awaitility.await()
        .until(() -> app.tree(app.get("/api/tasks", TestApp.KEY_A)).get("tasks").size() == 5);

    JsonNode integrationsOfB = app.tree(app.get("/api/integrations", TestApp.KEY_B));
    JsonNode tasksOfB = app.tree(app.get("/api/tasks", TestApp.KEY_B));
    HttpResponse<String> syncOfA = app.get("/api/integrations/" + id + "/sync", TestApp.KEY_B);
    HttpResponse<String> disconnectA =
        app.post("/api/integrations/" + id + "/disconnect", TestApp.KEY_B, "{}");

    assertThat(integrationsOfB).isEmpty();
    assertThat(tasksOfB.get("tasks")).isEmpty();
    assertThat(syncOfA.statusCode()).isEqualTo(404);
    assertThat(disconnectA.statusCode()).isEqualTo(404);
    assertThat(app.tree(app.get("/api/integrations", TestApp.KEY_A)).get(0).get("status").asText())
        .isEqualTo("CONNECTED");
  }
}
