package io.tasksync.adapter.asana;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tasksync.domain.EncryptedCredentials;
import io.tasksync.domain.Estimate;
import io.tasksync.domain.Integration;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.OrganizationId;
import io.tasksync.domain.Person;
import io.tasksync.domain.PriorityLevel;
import io.tasksync.domain.Provider;
import io.tasksync.domain.StatusCategory;
import io.tasksync.domain.Task;
import io.tasksync.domain.TaskDate;
import io.tasksync.port.out.UnexpectedPayloadException;
import io.tasksync.sandbox.asana.AsanaSpec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Maps fixture files written in Asana's documented shapes. */
class AsanaTaskMapperTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Integration INTEGRATION =
      Integration.connected(
          IntegrationId.of("i-9"),
          OrganizationId.of("org-9"),
          Provider.ASANA,
          new EncryptedCredentials("k", "c"),
          List.of(),
          Instant.parse("2026-01-01T00:00:00Z"));

  private static JsonNode fixture(String name) throws IOException {
    try (InputStream in = AsanaTaskMapperTest.class.getResourceAsStream("/asana/" + name)) {
      return JSON.readTree(in);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"task_full.json", "task_minimal.json", "task_completed.json"})
  void fixture_matchesTheOfficialTaskResponseSchema(String name) throws IOException {
    Path spec = AsanaSpec.specFile().orElse(null);
    Assumptions.assumeTrue(spec != null, "Asana's OpenAPI document is not here");

    List<String> problems =
        AsanaSpec.load(spec).validate(fixture(name), "#/components/schemas/TaskResponse");

    assertThat(problems).isEmpty();
  }

  @Test
  void fullTask_mapsEveryField() throws IOException {
    Task t = AsanaTaskMapper.map(fixture("task_full.json"), INTEGRATION);

    assertThat(t.externalId()).isEqualTo("1211440849237760");
    assertThat(t.integrationId()).isEqualTo(INTEGRATION.id());
    assertThat(t.title()).isEqualTo("Draft project brief");
    assertThat(t.description()).startsWith("Outline goals");
    assertThat(t.statusCategory()).isEqualTo(StatusCategory.TODO);
    assertThat(t.rawStatus()).isEqualTo("In Review");
    assertThat(t.priority().level()).isEqualTo(PriorityLevel.HIGH);
    assertThat(t.priority().raw()).isEqualTo("High");
    assertThat(t.labels()).containsExactly("urgent", "q2");
    assertThat(t.assignees())
        .containsExactly(Person.of("1202775892569437", "Greg Sanchez", "gsanchez@example.com"));
    assertThat(t.projectPath()).containsExactly("Launch", "Marketing");
    assertThat(t.parentExternalId()).isEqualTo("1211440849237700");
    assertThat(t.dueDate()).isEqualTo(TaskDate.at(Instant.parse("2026-05-02T16:00:00Z")));
    assertThat(t.startDate()).isEqualTo(TaskDate.onDay(LocalDate.parse("2026-04-28")));
    assertThat(t.createdAt()).isEqualTo(Instant.parse("2025-09-23T14:42:24.630Z"));
    assertThat(t.updatedAt()).isEqualTo(Instant.parse("2026-04-27T19:48:41.758Z"));
    assertThat(t.completedAt()).isNull();
    assertThat(t.timeTrackedMinutes()).isEqualTo(95L);
    assertThat(t.estimate()).isEqualTo(Estimate.minutes(120));
    assertThat(t.url()).isEqualTo("https://app.asana.com/1/1202775892569436/task/1211440849237760");
    assertThat(t.raw().json()).contains("\"gid\":\"1211440849237760\"");
  }

  @Test
  void minimalTask_hasADateOnlyDueDateAndNoAssignee() throws IOException {
    Task t = AsanaTaskMapper.map(fixture("task_minimal.json"), INTEGRATION);

    assertThat(t.dueDate()).isEqualTo(TaskDate.onDay(LocalDate.parse("2025-09-25")));
    assertThat(t.dueDate().hasTime()).isFalse();
    assertThat(t.assignees()).isEmpty();
    assertThat(t.rawStatus()).isEqualTo("Incomplete");
    assertThat(t.estimate()).isNull();
    assertThat(t.timeTrackedMinutes()).isNull();
    assertThat(t.projectPath()).isEmpty();
  }

  @Test
  void completedTask_isDoneWithItsCompletionTime() throws IOException {
    Task t = AsanaTaskMapper.map(fixture("task_completed.json"), INTEGRATION);

    assertThat(t.statusCategory()).isEqualTo(StatusCategory.DONE);
    assertThat(t.rawStatus()).isEqualTo("Completed");
    assertThat(t.completedAt()).isEqualTo(Instant.parse("2026-04-20T08:15:00Z"));
    assertThat(t.description()).isNull();
    assertThat(t.parentExternalId()).isNull();
  }

  @Test
  void taskWithoutModifiedAt_isAnUnexpectedPayload() throws IOException {
    JsonNode t = fixture("task_minimal.json");
    ((com.fasterxml.jackson.databind.node.ObjectNode) t).remove("modified_at");

    assertThatThrownBy(() -> AsanaTaskMapper.map(t, INTEGRATION))
        .isInstanceOf(UnexpectedPayloadException.class);
  }
}
