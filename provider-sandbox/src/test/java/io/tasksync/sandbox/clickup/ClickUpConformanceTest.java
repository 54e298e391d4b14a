package io.tasksync.sandbox.clickup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The stand-in's answers checked against ClickUp's official OpenAPI document. */
class ClickUpConformanceTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static ClickUpStandIn standIn;
  private static ClickUpSpec spec;
  private static String token;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    Optional<Path> file = ClickUpSpec.locate();
    Assumptions.assumeTrue(
        file.isPresent(), "the ClickUp spec (shared/provider-specs) is not on this machine");
    spec = ClickUpSpec.load(file.get());
    standIn = ClickUpStandIn.start(ClickUpStandInConfig.defaults().withRateLimitPerMinute(10_000));
    token = standIn.issueToken();
  }

  @AfterAll
  static void stop() {
    if (standIn != null) {
      standIn.close();
    }
  }

  private List<String> check(String method, String pathAndQuery, String body) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(standIn.baseUrl() + pathAndQuery))
            .header("Authorization", "Bearer " + token);
    b =
        body == null
            ? b.GET()
            : b.POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
    HttpResponse<String> response = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    JsonNode json = MAPPER.readTree(response.body());
    String path =
        pathAndQuery.contains("?")
            ? pathAndQuery.substring(0, pathAndQuery.indexOf('?'))
            : pathAndQuery;
    return spec.validate(method, path, response.statusCode(), json).stream()
        .filter(e -> !REAL_LIST_TASK_COUNT.matcher(e).matches())
        .toList();
  }

  /**
   * The one place the stand-in follows the real API against the spec: a list's {@code task_count}
   * is an integer there (a folder's is a string, as the spec says).
   */
  private static final java.util.regex.Pattern REAL_LIST_TASK_COUNT =
      java.util.regex.Pattern.compile("/lists/\\d+/task_count: integer found, .*");

  @Test
  void teams_conformToTheSpec() throws Exception {
    assertThat(check("GET", "/api/v2/team", null)).isEmpty();
  }

  @Test
  void teamTaskPages_conformToTheSpec() throws Exception {
    String team = standIn.teamId(0);

    List<String> errors =
        check(
            "GET", "/api/v2/team/" + team + "/task?page=0&include_closed=true&subtasks=true", null);

    assertThat(errors).isEmpty();
  }

  @Test
  void listTaskPages_conformToTheSpec() throws Exception {
    assertThat(
            check("GET", "/api/v2/list/901523000014/task?archived=true&include_closed=true", null))
        .isEmpty();
  }

  @Test
  void singleTask_conformsToTheSpec() throws Exception {
    assertThat(check("GET", "/api/v2/task/" + standIn.generatedTaskId(0, 4), null)).isEmpty();
  }

  @Test
  void timeEntries_conformToTheSpec() throws Exception {
    String team = standIn.teamId(0);

    List<String> errors =
        check(
            "GET",
            "/api/v2/team/"
                + team
                + "/time_entries?start_date=0&end_date=1900000000000&assignee=300000,301,302",
            null);

    assertThat(errors).isEmpty();
  }

  @Test
  void hierarchy_conformsToTheSpec() throws Exception {
    String team = standIn.teamId(0);

    assertThat(check("GET", "/api/v2/team/" + team + "/space?archived=false", null)).isEmpty();
    assertThat(check("GET", "/api/v2/space/901511000000/folder?archived=false", null)).isEmpty();
    assertThat(check("GET", "/api/v2/folder/901516000000/list?archived=false", null)).isEmpty();
    assertThat(check("GET", "/api/v2/space/901511000002/list?archived=true", null)).isEmpty();
    assertThat(check("GET", "/api/v2/team/" + team + "/space?archived=true", null)).isEmpty();
    assertThat(check("GET", "/api/v2/space/901511000000/folder?archived=true", null)).isEmpty();
    assertThat(check("GET", "/api/v2/folder/901516000002/list?archived=false", null)).isEmpty();
    assertThat(check("GET", "/api/v2/space/901511000003/list?archived=false", null)).isEmpty();
  }

  /**
   * The adapter's mapper fixtures, written in the documented shapes, conform too (checked here so
   * the spec's corrections stay in one place).
   */
  @Test
  void adapterFixtures_conformToTheSpec() throws Exception {
    Path fixtures = null;
    for (Path dir = Path.of("").toAbsolutePath();
        dir != null && fixtures == null;
        dir = dir.getParent()) {
      Path candidate = dir.resolve("adapter-clickup/src/test/resources/clickup");
      fixtures = java.nio.file.Files.isDirectory(candidate) ? candidate : null;
    }
    Assumptions.assumeTrue(
        fixtures != null, "the adapter-clickup fixtures are not next to this module");

    JsonNode tasks = MAPPER.readTree(fixtures.resolve("team-tasks.json").toFile());
    JsonNode entries = MAPPER.readTree(fixtures.resolve("time-entries.json").toFile());

    assertThat(spec.validate("GET", "/api/v2/team/90152560096/task", 200, tasks)).isEmpty();
    assertThat(spec.validate("GET", "/api/v2/list/901523453199/task", 200, tasks)).isEmpty();
    assertThat(spec.validate("GET", "/api/v2/team/90152560096/time_entries", 200, entries))
        .isEmpty();
  }

  @Test
  void webhookCreation_conformsToTheSpec() throws Exception {
    String body = "{\"endpoint\":\"http://127.0.0.1:9/hook\",\"events\":[\"*\"]}";

    List<String> errors = check("POST", "/api/v2/team/" + standIn.teamId(0) + "/webhook", body);

    assertThat(errors).isEmpty();
  }
}
