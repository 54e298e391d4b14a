package io.tasksync.sandbox.asana;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The stand-in's answers, validated against Asana's official OpenAPI document. */
class AsanaStandInConformanceTest {

  private static final String TASK_FIELDS =
      "name,notes,html_notes,completed,completed_at,created_at,modified_at,due_on,due_at,start_on,"
          + "start_at,permalink_url,resource_subtype,assignee.name,assignee.email,projects.name,"
          + "memberships.project.name,memberships.section.name,workspace.name,parent,num_subtasks,"
          + "tags.name,actual_time_minutes,custom_fields.name,custom_fields.format,"
          + "custom_fields.number_value,custom_fields.enum_value.name,custom_fields.display_value";

  private static AsanaStandIn standIn;
  private static AsanaSpec spec;
  private static String token;
  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  @BeforeAll
  static void start() throws IOException {
    Path file = AsanaSpec.specFile().orElse(null);
    Assumptions.assumeTrue(
        file != null,
        "Asana's OpenAPI document is not here (set -Dtasksync.provider-specs to its folder)");
    spec = AsanaSpec.load(file);
    standIn = AsanaStandIn.start(AsanaStandInConfig.defaults().withTaskCount(300));
    token = standIn.issueGrant().accessToken();
  }

  @AfterAll
  static void stop() {
    if (standIn != null) {
      standIn.close();
    }
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(standIn.apiBaseUrl() + path))
            .header("Authorization", "Bearer " + token)
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private JsonNode body(String path) throws IOException, InterruptedException {
    HttpResponse<String> response = get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return json.readTree(response.body());
  }

  @Test
  void everyTaskOfAProjectListing_matchesTaskResponse() throws Exception {
    List<String> problems = new ArrayList<>();
    JsonNode page =
        body("/tasks?project=" + standIn.projectGid(0) + "&limit=100&opt_fields=" + TASK_FIELDS);

    for (JsonNode task : page.path("data")) {
      problems.addAll(spec.validate(task, "#/components/schemas/TaskResponse"));
    }

    assertThat(page.path("data").size()).isEqualTo(100);
    assertThat(problems).isEmpty();
  }

  @Test
  void aTaskWithAWrongType_isReported() throws Exception {
    JsonNode task = json.readTree("{\"gid\":\"1\",\"completed\":\"yes\",\"parent\":null}");

    assertThat(spec.validate(task, "#/components/schemas/TaskResponse"))
        .singleElement()
        .asString()
        .contains("/completed");
  }

  @Test
  void listingEnvelopes_matchTheirOperationsResponses() throws Exception {
    JsonNode tasks = body("/tasks?project=" + standIn.projectGid(0) + "&limit=5");
    JsonNode projects = body("/projects?workspace=" + standIn.workspaceGid() + "&limit=100");
    JsonNode workspaces = body("/workspaces?limit=100");
    JsonNode subtasks =
        body("/tasks/" + standIn.taskGid(0) + "/subtasks?limit=100&opt_fields=" + TASK_FIELDS);

    assertThat(spec.validate(tasks, op("/tasks"))).isEmpty();
    assertThat(spec.validate(projects, op("/projects"))).isEmpty();
    assertThat(spec.validate(workspaces, op("/workspaces"))).isEmpty();
    assertThat(subtasks.path("data")).hasSize(3);
    for (JsonNode sub : subtasks.path("data")) {
      assertThat(spec.validate(sub, "#/components/schemas/TaskResponse")).isEmpty();
    }
    assertThat(tasks.path("next_page").path("offset").isTextual()).isTrue();
  }

  @Test
  void errorBodies_matchErrorResponse() throws Exception {
    HttpResponse<String> missing = get("/tasks/999/subtasks");
    HttpResponse<String> badLimit = get("/tasks?project=" + standIn.projectGid(0) + "&limit=500");

    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(badLimit.statusCode()).isEqualTo(400);
    assertThat(spec.validate(json.readTree(missing.body()), "#/components/schemas/ErrorResponse"))
        .isEmpty();
    assertThat(spec.validate(json.readTree(badLimit.body()), "#/components/schemas/ErrorResponse"))
        .isEmpty();
  }

  @Test
  void eventsAfterAChange_matchTheEventsResponse() throws Exception {
    HttpResponse<String> first = get("/events?resource=" + standIn.projectGid(0));
    String sync = json.readTree(first.body()).path("sync").asText();
    standIn.updateTask(standIn.taskGid(1), "Renamed");

    JsonNode events = body("/events?resource=" + standIn.projectGid(0) + "&sync=" + sync);

    assertThat(first.statusCode()).isEqualTo(412);
    assertThat(events.path("data")).hasSize(1);
    assertThat(spec.validate(events, op("/events"))).isEmpty();
  }

  private static String op(String path) {
    return "#/paths/"
        + path.replace("~", "~0").replace("/", "~1")
        + "/get/responses/200/content/application~1json/schema";
  }
}
