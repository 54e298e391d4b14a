package io.tasksync.adapter.linear;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tasksync.domain.Estimate;
import io.tasksync.domain.Person;
import io.tasksync.domain.PriorityLevel;
import io.tasksync.domain.StatusCategory;
import io.tasksync.domain.Task;
import io.tasksync.domain.TaskDate;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Mapping the recorded-shape issues page in {@code fixtures/issues-page.json}. */
class LinearIssueMapperTest {

  private static List<Task> tasks;

  @BeforeAll
  static void mapFixture() throws IOException {
    ObjectMapper json = LinearAdapters.json();
    tasks = new ArrayList<>();
    for (JsonNode node : fixture(json).at("/data/issues/nodes")) {
      tasks.add(LinearIssueMapper.toTask(node, LinearTestSupport.integration()));
    }
  }

  static JsonNode fixture(ObjectMapper json) throws IOException {
    try (InputStream in =
        LinearIssueMapperTest.class.getResourceAsStream("fixtures/issues-page.json")) {
      return json.readTree(in);
    }
  }

  @Test
  void startedIssue_mapsEveryField() {
    Task task = tasks.get(0);

    assertThat(task.externalId()).isEqualTo("279ef2ef-47e2-4a1b-989e-d82c59432aa1");
    assertThat(task.title()).isEqualTo("Connect your tools");
    assertThat(task.description()).startsWith("Steps:");
    assertThat(task.url()).isEqualTo("https://linear.app/acme/issue/ENG-19/connect-your-tools");
    assertThat(task.statusCategory()).isEqualTo(StatusCategory.IN_PROGRESS);
    assertThat(task.rawStatus()).isEqualTo("In Review");
    assertThat(task.priority().level()).isEqualTo(PriorityLevel.HIGH);
    assertThat(task.priority().raw()).isEqualTo("High");
    assertThat(task.estimate()).isEqualTo(Estimate.points(3));
    assertThat(task.labels()).containsExactly("Bug", "Security");
    assertThat(task.assignees())
        .containsExactly(
            Person.of("6a0e4b8e-1d2c-4e0f-9b7a-3c5d7e9f1a2b", "Ada Lovelace", "ada@acme.example"));
    assertThat(task.creator().name()).isEqualTo("Grace Hopper");
    assertThat(task.projectPath()).containsExactly("Engineering", "Mobile app");
    assertThat(task.parentExternalId()).isEqualTo("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d");
    assertThat(task.dueDate()).isEqualTo(TaskDate.onDay(LocalDate.of(2026, 5, 15)));
    assertThat(task.startDate()).isEqualTo(TaskDate.at(Instant.parse("2026-04-24T12:00:00Z")));
    assertThat(task.createdAt()).isEqualTo(Instant.parse("2026-04-24T10:17:54.580Z"));
    assertThat(task.updatedAt()).isEqualTo(Instant.parse("2026-04-25T08:00:00Z"));
    assertThat(task.completedAt()).isNull();
    assertThat(task.deletedAt()).isNull();
    assertThat(task.timeTrackedMinutes()).isNull();
    assertThat(task.raw().json()).contains("\"identifier\":\"ENG-19\"");
  }

  @Test
  void completedIssue_isDoneWithItsCompletionTimeAndNoPriority() {
    Task task = tasks.get(1);

    assertThat(task.statusCategory()).isEqualTo(StatusCategory.DONE);
    assertThat(task.completedAt()).isEqualTo(Instant.parse("2026-03-05T17:30:00Z"));
    assertThat(task.priority().level()).isEqualTo(PriorityLevel.NONE);
    assertThat(task.assignees()).isEmpty();
    assertThat(task.projectPath()).containsExactly("Operations");
    assertThat(task.estimate()).isNull();
  }

  @Test
  void duplicateIssue_isCanceledAtItsCancelTime() {
    Task task = tasks.get(2);

    assertThat(task.statusCategory()).isEqualTo(StatusCategory.CANCELED);
    assertThat(task.completedAt()).isEqualTo(Instant.parse("2026-02-11T09:00:00Z"));
    assertThat(task.priority().level()).isEqualTo(PriorityLevel.LOW);
    assertThat(task.estimate()).isEqualTo(Estimate.points(0));
  }

  @Test
  void trashedIssue_isDeletedWhenArchived() {
    Task task = tasks.get(3);

    assertThat(task.isDeleted()).isTrue();
    assertThat(task.deletedAt()).isEqualTo(Instant.parse("2026-04-01T10:00:00Z"));
    assertThat(task.statusCategory()).isEqualTo(StatusCategory.TODO);
    assertThat(task.priority().level()).isEqualTo(PriorityLevel.URGENT);
  }

  @Test
  void stateTypes_mapToTheirCategories() {
    assertThat(LinearIssueMapper.category("triage", "x")).isEqualTo(StatusCategory.TODO);
    assertThat(LinearIssueMapper.category("backlog", "x")).isEqualTo(StatusCategory.TODO);
    assertThat(LinearIssueMapper.category("unstarted", "x")).isEqualTo(StatusCategory.TODO);
    assertThat(LinearIssueMapper.category("started", "x")).isEqualTo(StatusCategory.IN_PROGRESS);
    assertThat(LinearIssueMapper.category("completed", "x")).isEqualTo(StatusCategory.DONE);
    assertThat(LinearIssueMapper.category("canceled", "x")).isEqualTo(StatusCategory.CANCELED);
    assertThat(LinearIssueMapper.category("duplicate", "x")).isEqualTo(StatusCategory.CANCELED);
  }

  @Test
  void priorityThree_isMedium() {
    assertThat(LinearIssueMapper.priority(3.0, "Medium").level()).isEqualTo(PriorityLevel.MEDIUM);
  }
}
