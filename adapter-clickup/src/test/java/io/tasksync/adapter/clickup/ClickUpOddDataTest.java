package io.tasksync.adapter.clickup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import io.tasksync.kit.MappedItems;
import io.tasksync.port.out.UnexpectedPayloadException;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real ClickUp quirks (fixture {@code team-tasks-real-quirks.json}, written in the shapes the API
 * sends) and the lenient rule: an optional field absent, null or of another type reads as nothing,
 * and the task is stored; a task without id or status is skipped and named.
 */
class ClickUpOddDataTest {

  private static final Integration INTEGRATION =
      Integration.connected(
          IntegrationId.of("int-1"),
          OrganizationId.of("org-1"),
          Provider.CLICKUP,
          new EncryptedCredentials("k", "c"),
          List.of(),
          Instant.EPOCH);

  private static final List<String> OPTIONAL =
      List.of(
          "name",
          "text_content",
          "description",
          "url",
          "priority",
          "tags",
          "assignees",
          "creator",
          "space",
          "folder",
          "list",
          "parent",
          "due_date",
          "due_date_time",
          "start_date",
          "date_created",
          "date_closed",
          "date_done",
          "time_estimate",
          "time_spent",
          "points",
          "custom_fields");

  private JsonNode tasks;
  private ClickUpTaskMapper.Context withoutTimeEntries;

  @BeforeEach
  void load() throws IOException {
    tasks =
        ClickUpHttp.MAPPER
            .readTree(ClickUpTaskMapperTest.fixture("team-tasks-real-quirks.json"))
            .path("tasks");
    withoutTimeEntries =
        new ClickUpTaskMapper.Context(INTEGRATION, Map.of("901511023376", "Product"), null, 65536);
  }

  @Test
  void realQuirks_mapFieldByField() {
    Task t = ClickUpTaskMapper.map(tasks.get(0), withoutTimeEntries);

    assertThat(t.title()).isEqualTo("\u200EQ3 planning: kick-off");
    assertThat(t.statusCategory()).isEqualTo(StatusCategory.IN_PROGRESS);
    assertThat(t.rawStatus()).isEqualTo("in review");
    assertThat(t.priority().level()).isEqualTo(PriorityLevel.HIGH);
    assertThat(t.assignees()).containsExactly(Person.of("302438777", "Sam Lee", "sam@example.com"));
    assertThat(t.projectPath()).containsExactly("Product", "Roadmap");
    assertThat(t.parentExternalId()).isEqualTo("86c9x7q1a");
    assertThat(t.dueDate()).isEqualTo(TaskDate.onDay(LocalDate.of(2026, 5, 26)));
    assertThat(t.startDate()).isEqualTo(TaskDate.at(Instant.ofEpochMilli(1779660000000L)));
    assertThat(t.estimate()).isEqualTo(Estimate.minutes(90));
    assertThat(t.timeTrackedMinutes()).as("time_spent is absent when nothing was tracked").isNull();
  }

  @Test
  void bareTask_withNamesAbsent_mapsWithWhatItHas() {
    Task t = ClickUpTaskMapper.map(tasks.get(1), withoutTimeEntries);

    assertThat(t.title()).isEqualTo("Untitled import");
    assertThat(t.projectPath()).isEmpty();
    assertThat(t.assignees()).isEmpty();
    assertThat(t.creator()).isNull();
    assertThat(t.createdAt()).isNull();
  }

  @Test
  void spaceWhoseNameIsAbsent_isLeftOutOfThePath_notAFailure() {
    Map<String, String> names = new HashMap<>();
    names.put("901511023376", null);
    ClickUpTaskMapper.Context ctx =
        new ClickUpTaskMapper.Context(INTEGRATION, names, Map.of(), 65536);

    Task t = ClickUpTaskMapper.map(tasks.get(0), ctx);

    assertThat(t.projectPath()).containsExactly("Roadmap");
    assertThat(t.timeTrackedMinutes()).as("time entries imported, none for this task").isZero();
  }

  static Stream<String> optionalFields() {
    return OPTIONAL.stream();
  }

  @ParameterizedTest
  @MethodSource("optionalFields")
  void optionalFieldAbsentNullOrOfAnotherType_stillMaps(String field) {
    for (JsonNode odd :
        java.util.Arrays.asList(missing(), nullNode(), object(), text(), number())) {
      ObjectNode t = tasks.get(0).deepCopy();
      if (odd == null) {
        t.remove(field);
      } else {
        t.set(field, odd);
      }

      Task mapped = ClickUpTaskMapper.map(t, withoutTimeEntries);

      assertThat(mapped.externalId()).as(field + " = " + odd).isEqualTo("86c9x7q2m");
    }
  }

  @Test
  void taskWithoutIdOrStatus_isSkippedAndNamed_theOthersKept() {
    ObjectNode noStatus = tasks.get(0).deepCopy();
    noStatus.remove("status");
    ObjectNode noId = tasks.get(1).deepCopy();
    noId.remove("id");
    JsonNode page = ClickUpHttp.MAPPER.createArrayNode().add(noStatus).add(noId).add(tasks.get(1));

    MappedItems mapped =
        MappedItems.map(page, "id", t -> ClickUpTaskMapper.map(t, withoutTimeEntries));

    assertThat(mapped.tasks()).extracting(Task::externalId).containsExactly("86c9x7q3n");
    assertThat(mapped.unmapped())
        .extracting(u -> u.label())
        .containsExactly("86c9x7q2m", "(no id)");
    assertThatThrownBy(() -> ClickUpTaskMapper.map(noStatus, withoutTimeEntries))
        .isInstanceOf(UnexpectedPayloadException.class)
        .hasMessageContaining("86c9x7q2m");
  }

  private static JsonNode missing() {
    return null;
  }

  private static JsonNode nullNode() {
    return ClickUpHttp.MAPPER.nullNode();
  }

  private static JsonNode object() {
    return ClickUpHttp.MAPPER.createObjectNode().put("unexpected", 1);
  }

  private static JsonNode text() {
    return ClickUpHttp.MAPPER.getNodeFactory().textNode("not what was expected");
  }

  private static JsonNode number() {
    return ClickUpHttp.MAPPER.getNodeFactory().numberNode(-1.5);
  }
}
