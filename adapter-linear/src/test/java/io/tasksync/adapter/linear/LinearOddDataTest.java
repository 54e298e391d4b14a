package io.tasksync.adapter.linear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tasksync.domain.Person;
import io.tasksync.domain.Task;
import io.tasksync.port.out.FetchRequest;
import io.tasksync.port.out.TaskPage;
import io.tasksync.port.out.TaskSyncException;
import io.tasksync.port.out.TokenSource;
import io.tasksync.port.out.UnmappedTask;
import io.tasksync.sandbox.linear.LinearStandIn;
import io.tasksync.sandbox.linear.LinearStandInConfig;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real Linear quirks (fixture {@code fixtures/issues-page-real-quirks.json}, written in the shapes
 * the API sends: a team with only its id, a bare assignee, unnamed labels, an opaque base64
 * endCursor) and the lenient rule: optional fields absent, null or of another type read as nothing;
 * an issue without id or state is skipped and named, the rest of its page kept.
 */
class LinearOddDataTest {

  private static final ObjectMapper JSON = LinearAdapters.json();
  private static LinearStandIn standIn;

  @BeforeAll
  static void start() {
    standIn = LinearStandIn.start(LinearStandInConfig.defaults().withWorkspace(1, 1));
  }

  @AfterAll
  static void stop() {
    standIn.close();
  }

  private static String fixture() throws IOException {
    try (InputStream in =
        LinearOddDataTest.class.getResourceAsStream("fixtures/issues-page-real-quirks.json")) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  private static List<TaskPage> fetchCanned(int status, Map<String, String> headers, String body) {
    try (CannedLinear canned = CannedLinear.answering(status, headers, body)) {
      LinearConfig config =
          LinearTestSupport.configFor(standIn).withBaseUrls(canned.baseUrl(), canned.baseUrl());
      try (Stream<TaskPage> pages =
          LinearTestSupport.adapters(config)
              .taskProvider()
              .fetch(FetchRequest.full(LinearTestSupport.integration(), TokenSource.fixed("t")))) {
        return pages.toList();
      }
    }
  }

  private static final Map<String, String> JSON_TYPE = Map.of("Content-Type", "application/json");

  @Test
  void realPage_mapsWhatItCan_andNamesWhatItCannot() throws IOException {
    List<TaskPage> pages = fetchCanned(200, JSON_TYPE, fixture());

    TaskPage page = pages.get(0);
    assertThat(pages).hasSize(1);
    assertThat(page.tasks()).extracting(Task::externalId).hasSize(2);
    Task bare = page.tasks().get(0);
    assertThat(bare.title()).isEqualTo("\u200ERotate the on-call pager");
    assertThat(bare.projectPath())
        .as("the team came without its name")
        .containsExactly("Reliability");
    assertThat(bare.assignees())
        .containsExactly(Person.of("1b2c3d4e-5f60-4718-92a3-b4c5d6e7f809", null, null));
    assertThat(bare.labels()).containsExactly("Infra");
    Task odd = page.tasks().get(1);
    assertThat(odd.projectPath()).isEmpty();
    assertThat(odd.dueDate()).isNull();
    assertThat(odd.createdAt()).isNull();
    assertThat(odd.estimate()).isNull();
    assertThat(odd.assignees()).isEmpty();
    assertThat(odd.creator()).isNull();
    assertThat(odd.deletedAt()).isNull();
    assertThat(page.unmapped())
        .extracting(UnmappedTask::label)
        .containsExactly("(no id)", "c5b3e4f6-7081-4c9d-aebf-2a3b4c5d6e7f");
    assertThat(page.checkpoint())
        .contains(JSON.readTree(fixture()).at("/data/issues/pageInfo/endCursor").asText());
  }

  @Test
  void outOfRangeArgument_answeredWith200AndDataNull_isAnErrorOfThePorts() {
    String body =
        "{\"data\":null,\"errors\":[{\"message\":\"Argument Validation Error\",\"extensions\":"
            + "{\"code\":\"INVALID_INPUT\",\"userPresentableMessage\":\"first must be <= 250\"}}]}";

    assertThatThrownBy(() -> fetchCanned(200, JSON_TYPE, body))
        .isInstanceOf(TaskSyncException.class);
  }

  @Test
  void validationErrorWith400AndNoRateLimitHeaders_isAnErrorOfThePorts() {
    String body =
        "{\"errors\":[{\"message\":\"Syntax Error: Expected Name, found <EOF>.\","
            + "\"extensions\":{\"code\":\"GRAPHQL_VALIDATION_FAILED\"}}]}";

    assertThatThrownBy(() -> fetchCanned(400, JSON_TYPE, body))
        .isInstanceOf(TaskSyncException.class);
  }

  static Stream<String> optionalFields() {
    return Stream.of(
        "title",
        "description",
        "url",
        "priority",
        "priorityLabel",
        "estimate",
        "dueDate",
        "createdAt",
        "startedAt",
        "completedAt",
        "canceledAt",
        "archivedAt",
        "trashed",
        "assignee",
        "creator",
        "team",
        "project",
        "parent",
        "labels");
  }

  @ParameterizedTest
  @MethodSource("optionalFields")
  void optionalFieldAbsentNullOrOfAnotherType_stillMaps(String field) throws IOException {
    JsonNode issue = JSON.readTree(fixture()).at("/data/issues/nodes/0");
    List<JsonNode> odd =
        Arrays.asList(
            null,
            JSON.nullNode(),
            JSON.createObjectNode().put("unexpected", 1),
            JSON.getNodeFactory().textNode("not what was expected"),
            JSON.getNodeFactory().numberNode(-1.5));
    for (JsonNode value : odd) {
      ObjectNode copy = issue.deepCopy();
      if (value == null) {
        copy.remove(field);
      } else {
        copy.set(field, value);
      }

      Task task = LinearIssueMapper.toTask(copy, LinearTestSupport.integration());

      assertThat(task.externalId()).as(field + " = " + value).isEqualTo(issue.path("id").asText());
    }
  }
}
