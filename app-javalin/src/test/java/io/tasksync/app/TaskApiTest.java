package io.tasksync.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.tasksync.domain.IntegrationId;
import io.tasksync.port.out.TaskStore;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaskApiTest {

  private static TestApp app;
  private static IntegrationId id;

  @BeforeAll
  static void start() {
    app = TestApp.start(URI.create("http://127.0.0.1:9/consent"), 45);
    id = Connecting.connect(app, TestApp.KEY_A);
    await().until(() -> app.get(TaskStore.class).countActive(id) == 45);
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void cursorPagination_walksEveryTaskOnce() {
    Set<String> seen = new HashSet<>();
    String cursor = null;
    int pages = 0;
    do {
      String path =
          "/api/tasks?includeDeleted=true&limit=20"
              + (cursor == null
                  ? ""
                  : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
      JsonNode page = app.tree(app.get(path, TestApp.KEY_A));
      page.get("tasks").forEach(t -> assertThat(seen.add(t.get("externalId").asText())).isTrue());
      cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
      pages++;
    } while (cursor != null);

    assertThat(seen).hasSize(45);
    assertThat(pages).isEqualTo(3);
  }

  @Test
  void statusFilter_returnsOnlyThatCategory() {
    JsonNode page = app.tree(app.get("/api/tasks?status=DONE&limit=500", TestApp.KEY_A));

    assertThat(page.get("tasks")).hasSize(15);
    page.get("tasks").forEach(t -> assertThat(t.get("status").asText()).isEqualTo("DONE"));
  }

  @Test
  void updatedSinceAndIntegrationFilters_narrowTheList() {
    Instant since = Instant.parse("2026-05-01T00:00:40Z");

    JsonNode page =
        app.tree(app.get("/api/tasks?integration=" + id + "&updatedSince=" + since, TestApp.KEY_A));

    assertThat(page.get("tasks")).hasSize(5);
  }

  @Test
  void deletedTasks_areListedOnlyWhenAsked() {
    app.get(TaskStore.class).markDeleted(id, List.of("task-1"), Instant.now());

    JsonNode without = app.tree(app.get("/api/tasks?limit=500", TestApp.KEY_A));
    JsonNode with = app.tree(app.get("/api/tasks?limit=500&includeDeleted=true", TestApp.KEY_A));

    assertThat(without.get("tasks")).hasSize(44);
    assertThat(with.get("tasks")).hasSize(45);
  }

  @Test
  void titleWordSearch_findsTheTask_andAnotherOrganizationSeesNothing() {
    JsonNode mine = app.tree(app.get("/api/tasks?q=7", TestApp.KEY_A));
    JsonNode theirs = app.tree(app.get("/api/tasks?q=7", TestApp.KEY_B));

    assertThat(mine.get("tasks"))
        .extracting(t -> t.get("externalId").asText())
        .containsExactly("task-7");
    assertThat(theirs.get("tasks")).isEmpty();
  }

  @Test
  void taskDetail_hasEveryField_andOnlyItsOrganizationSeesIt() {
    HttpResponse<String> mine = app.get("/api/integrations/" + id + "/tasks/task-4", TestApp.KEY_A);
    HttpResponse<String> theirs =
        app.get("/api/integrations/" + id + "/tasks/task-4", TestApp.KEY_B);

    assertThat(mine.statusCode()).isEqualTo(200);
    assertThat(app.tree(mine).get("task").get("title").asText()).isEqualTo("Task number 4");
    assertThat(app.tree(mine).has("raw")).isTrue();
    assertThat(theirs.statusCode()).isEqualTo(404);
  }

  @Test
  void runs_listTheImport_withItsCounts() {
    await()
        .until(
            () ->
                !app.tree(app.get("/api/integrations/" + id + "/runs", TestApp.KEY_A))
                    .get("runs")
                    .isEmpty());
    JsonNode runs = app.tree(app.get("/api/integrations/" + id + "/runs", TestApp.KEY_A));
    JsonNode last = runs.get("runs").get(runs.get("runs").size() - 1);

    assertThat(last.get("outcome").asText()).isEqualTo("SUCCEEDED");
    assertThat(last.get("counts").get("created").asLong()).isEqualTo(45);
    assertThat(last.get("activeTasks").asLong()).isGreaterThanOrEqualTo(44);
    assertThat(app.get("/api/integrations/" + id + "/runs", TestApp.KEY_B).statusCode())
        .isEqualTo(404);
  }

  @ParameterizedTest
  @CsvSource({
    "q=two%20words,unsupported_filters",
    "q=task&assignee=ada,unsupported_filters",
    "q=task&updatedSince=2026-01-01T00:00:00Z,unsupported_filters",
    "dueAfter=2026-02-01&updatedSince=2026-01-01T00:00:00Z,unsupported_filters",
    "dueAfter=2026-02-01&dueBefore=2026-01-01,unsupported_filters",
    "provider=asana&integration=abc,unsupported_filters",
    "provider=trello,invalid_provider",
    "dueBefore=soon,invalid_dueBefore",
    "cursor=garbage,invalid_cursor",
    "status=SOMEDAY,invalid_status",
    "limit=0,invalid_limit",
    "limit=501,invalid_limit",
    "limit=ten,invalid_limit",
    "updatedSince=yesterday,invalid_updatedSince",
    "includeDeleted=maybe,invalid_includeDeleted",
    "integration=not%20valid,invalid_id"
  })
  void invalidQuery_isBadRequestWithCode(String query, String code) {
    HttpResponse<String> response = app.get("/api/tasks?" + query, TestApp.KEY_A);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(app.tree(response).get("error").asText()).isEqualTo(code);
  }
}
