package io.tasksync.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.inject.AbstractModule;
import com.google.inject.multibindings.OptionalBinder;
import com.google.inject.util.Modules;
import io.tasksync.app.wiring.InMemoryStoreModule;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.Provider;
import io.tasksync.port.out.TaskStore;
import io.tasksync.sandbox.DemoActivity;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Real requests to every route, each answer checked against {@code openapi.json}: its status must
 * be documented for the route and its JSON body must match the schema for that status; every
 * registered route must be in the document and be exercised here, so neither can drift.
 */
class OpenApiDocumentTest {

  private static final ApiDocument DOC = new ApiDocument();
  private static TestApp app;
  private static TestApp plain;
  private static DemoActivity activity;
  private static IntegrationId id;
  private final Set<String> exercised = new HashSet<>();
  private final List<String> problems = new ArrayList<>();

  @BeforeAll
  static void start() {
    activity =
        new DemoActivity(
            List.of(new CountingWorkspace()), Duration.ofMinutes(1), Clock.systemUTC(), 1);
    activity.step();
    AbstractModule demo =
        new AbstractModule() {
          @Override
          protected void configure() {
            OptionalBinder.newOptionalBinder(binder(), DemoActivity.class)
                .setBinding()
                .toInstance(activity);
          }
        };
    app =
        TestApp.start(
            new FakeProvider(Provider.ASANA, URI.create("http://127.0.0.1:9/consent"), 12),
            TestApp.config(),
            Modules.combine(new InMemoryStoreModule(), demo));
    plain = TestApp.start(URI.create("http://127.0.0.1:9/consent"), 3);
    id = Connecting.connect(app, TestApp.KEY_A);
    await().until(() -> app.get(TaskStore.class).countActive(id) == 12);
    await()
        .until(
            () ->
                !app.tree(app.get("/api/integrations/" + id + "/runs", TestApp.KEY_A))
                    .get("runs")
                    .isEmpty());
  }

  @AfterAll
  static void stop() {
    app.close();
    plain.close();
    activity.close();
  }

  @Test
  void everyRoute_answersAsDocumented() {
    String k = TestApp.KEY_A;
    String i = "/api/integrations/" + id;
    get(app, "/health", null, 200);
    get(app, "/ready", null, 200);
    get(app, "/environment", null, 200);
    get(app, "/openapi.json", null, 200);
    get(app, "/metrics", null, 200);
    get(app, "/", null, 200);
    get(app, "/assets/app.js", null, 200);
    get(app, "/assets/nothing.js", null, 404);
    get(app, "/session", null, 200);
    post(app, "/session", null, "{\"apiKey\":\"" + k + "\"}", 200);
    post(app, "/session", null, "{\"apiKey\":\"not-a-key-of-anyone\"}", 401);
    post(app, "/session", null, "{not json", 400);
    send(app, "DELETE", "/session", null, null, 204);
    get(app, "/oauth/asana/authorize", null, 302);
    get(app, "/oauth/asana/callback?error=access_denied", null, 302);
    get(app, "/api/integrations", k, 200);
    get(app, "/api/integrations", null, 401);
    get(app, i + "/sync", k, 200);
    get(app, i + "/sync", TestApp.KEY_B, 404);
    get(app, "/api/integrations/not%20valid/sync", k, 400);
    get(app, i + "/runs", k, 200);
    get(app, i + "/runs?limit=0", k, 400);
    get(app, i + "/runs", TestApp.KEY_B, 404);
    get(app, i + "/tasks/task-3", k, 200);
    get(app, i + "/tasks/no-such-task", k, 404);
    get(app, "/api/tasks?limit=5", k, 200);
    get(app, "/api/tasks?q=number&status=TODO&limit=5", k, 200);
    get(app, "/api/tasks?dueAfter=2026-01-01&dueBefore=2026-12-31", k, 200);
    get(app, "/api/tasks?q=number&assignee=ada", k, 400);
    get(app, "/api/tasks", null, 401);
    get(app, "/api/demo/activity", k, 200);
    post(app, "/api/demo/activity", k, "{\"running\":false}", 200);
    post(app, "/api/demo/activity", k, "{}", 400);
    get(plain, "/api/demo/activity", k, 404);
    post(plain, "/api/demo/activity", k, "{\"running\":true}", 404);
    post(app, "/webhooks/asana", null, "{}", 401);
    post(app, "/webhooks/asana/" + id, null, "{}", 401);
    post(app, "/webhooks/asana/unknown-integration", null, "{}", 404);
    post(app, "/webhooks/asana/" + id + "/no-such-registration", null, "{}", 401);
    post(app, i + "/sync", k, "{\"kind\":\"RECONCILE\"}", 202);
    post(app, i + "/sync", k, "{\"kind\":\"SOMETIME\"}", 400);
    post(app, "/api/integrations/unknown/sync", k, "", 404);
    post(app, i + "/disconnect", k, "{\"deleteTasks\":\"maybe\"}", 400);
    post(app, "/api/integrations/unknown/disconnect", k, "{}", 404);
    post(app, i + "/disconnect", k, "{\"deleteTasks\":false}", 200);
    post(app, i + "/sync", k, "", 409);

    assertThat(problems).isEmpty();
    List<String> undocumented = new ArrayList<>();
    List<String> untried = new ArrayList<>();
    for (String route : app.routes()) {
      String[] parts = route.split(" ", 2);
      if (!DOC.document.path("paths").path(parts[1]).has(parts[0].toLowerCase())) {
        undocumented.add(route);
      }
      if (!exercised.contains(route)) {
        untried.add(route);
      }
    }
    assertThat(undocumented).as("registered routes missing from openapi.json").isEmpty();
    assertThat(untried).as("routes this test does not exercise").isEmpty();
  }

  @Test
  void aResponseThatBreaksTheDocument_isReported() {
    List<String> errors =
        DOC.validate("GET", "/api/tasks", 200, app.tree(app.get("/health", null)));

    assertThat(errors).isNotEmpty();
  }

  private void get(TestApp target, String path, String key, int status) {
    send(target, "GET", path, key, null, status);
  }

  private void post(TestApp target, String path, String key, String body, int status) {
    send(target, "POST", path, key, body, status);
  }

  private void send(
      TestApp target, String method, String path, String key, String body, int status) {
    HttpRequest.Builder b = target.request(path);
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    b.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    if (key != null) {
      b.header("Authorization", "Bearer " + key);
    }
    HttpResponse<String> response = target.send(b.build());
    String bare = path.split("\\?")[0];
    String template = DOC.template(bare).orElse(null);
    String what = method + " " + path + " -> " + response.statusCode();
    if (template == null) {
      problems.add(what + ": no path in the document");
      return;
    }
    exercised.add(method + " " + template);
    if (response.statusCode() != status) {
      problems.add(what + ": expected " + status + " " + response.body());
    }
    if (!DOC.documents(method, template, response.statusCode())) {
      problems.add(what + ": status not documented");
      return;
    }
    if (DOC.documentsJson(method, template, response.statusCode())) {
      JsonNode json = target.tree(response);
      DOC.validate(method, template, response.statusCode(), json)
          .forEach(e -> problems.add(what + ": " + e));
    }
  }

  /** A workspace whose changes only count. */
  private static final class CountingWorkspace implements DemoActivity.Workspace {
    private final AtomicInteger next = new AtomicInteger();

    @Override
    public String providerId() {
      return "asana";
    }

    @Override
    public String create(String title) {
      return "demo-" + next.incrementAndGet();
    }

    @Override
    public void rename(String taskId, String title) {}

    @Override
    public void complete(String taskId) {}

    @Override
    public void delete(String taskId) {}
  }
}
