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
import io.tasksync.port.out.UnexpectedPayloadException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Maps the documented task shapes (fixtures checked against the spec by the stand-in's tests). */
class ClickUpTaskMapperTest {

  private static final Integration INTEGRATION =
      Integration.connected(
          IntegrationId.of("int-1"),
          OrganizationId.of("org-1"),
          Provider.CLICKUP,
          new EncryptedCredentials("k", "c"),
          List.of(),
          Instant.EPOCH);

  private JsonNode tasks;
  private ClickUpTaskMapper.Context context;

  static InputStream fixture(String name) {
    return ClickUpTaskMapperTest.class.getResourceAsStream("/clickup/" + name);
  }

  @BeforeEach
  void load() throws IOException {
    tasks = ClickUpHttp.MAPPER.readTree(fixture("team-tasks.json")).path("tasks");
    Map<String, Long> tracked = new HashMap<>();
    ClickUpTimeTotals.add(fixture("time-entries.json"), tracked);
    context =
        new ClickUpTaskMapper.Context(
            INTEGRATION, Map.of("901511023376", "Product"), tracked, 64 * 1024);
  }

  @Test
  void openTask_mapsEveryField() {
    Task t = ClickUpTaskMapper.map(tasks.get(0), context);

    assertThat(t.externalId()).isEqualTo("86c9w41hk");
    assertThat(t.title()).isEqualTo("Write the release notes");
    assertThat(t.description()).isEqualTo("Collect the changes\nand write them up");
    assertThat(t.url()).isEqualTo("https://app.clickup.com/t/86c9w41hk");
    assertThat(t.statusCategory()).isEqualTo(StatusCategory.TODO);
    assertThat(t.rawStatus()).isEqualTo("to do");
    assertThat(t.priority().level()).isEqualTo(PriorityLevel.URGENT);
    assertThat(t.priority().raw()).isEqualTo("urgent");
    assertThat(t.labels()).containsExactly("docs", "release");
    assertThat(t.assignees())
        .containsExactly(
            Person.of("302438666", "Nora Diaz", "nora@example.com"),
            Person.of("302438777", "Sam Lee", "sam@example.com"));
    assertThat(t.creator()).isEqualTo(Person.of("302438666", "Nora Diaz", "nora@example.com"));
    assertThat(t.projectPath()).containsExactly("Product", "Backlog");
    assertThat(t.parentExternalId()).isNull();
    assertThat(t.dueDate()).isEqualTo(TaskDate.at(Instant.ofEpochMilli(1779400800000L)));
    assertThat(t.createdAt()).isEqualTo(Instant.ofEpochMilli(1779205213210L));
    assertThat(t.updatedAt()).isEqualTo(Instant.ofEpochMilli(1779205299000L));
    assertThat(t.completedAt()).isNull();
    assertThat(t.estimate()).isEqualTo(Estimate.minutes(144));
    assertThat(t.timeTrackedMinutes()).isEqualTo(42L);
    assertThat(t.raw().json()).contains("\"id\":\"86c9w41hk\"");
  }

  @Test
  void subtaskInAFolder_keepsParentPathDateOnlyDueAndPoints() {
    Task t = ClickUpTaskMapper.map(tasks.get(1), context);

    assertThat(t.parentExternalId()).isEqualTo("86c9w41hk");
    assertThat(t.statusCategory()).isEqualTo(StatusCategory.IN_PROGRESS);
    assertThat(t.rawStatus()).isEqualTo("in progress");
    assertThat(t.priority().level()).isEqualTo(PriorityLevel.MEDIUM);
    assertThat(t.projectPath()).containsExactly("Product", "Engineering", "Sprint 14");
    assertThat(t.dueDate()).isEqualTo(TaskDate.onDay(LocalDate.of(2026, 5, 21)));
    assertThat(t.startDate()).isEqualTo(TaskDate.at(Instant.ofEpochMilli(1779300000000L)));
    assertThat(t.estimate()).isEqualTo(Estimate.points(3));
    assertThat(t.timeTrackedMinutes()).isZero();
  }

  @Test
  void closedTask_isDoneAtDateDoneAndIgnoresARunningTimer() {
    Task t = ClickUpTaskMapper.map(tasks.get(2), context);

    assertThat(t.statusCategory()).isEqualTo(StatusCategory.DONE);
    assertThat(t.completedAt()).isEqualTo(Instant.ofEpochMilli(1779205400000L));
    assertThat(t.priority().level()).isEqualTo(PriorityLevel.NONE);
    assertThat(t.estimate()).isEqualTo(Estimate.minutes(30));
    assertThat(t.timeTrackedMinutes()).isZero();
  }

  @Test
  void doneTypeStatus_isDoneWithLowPriority() {
    Task t = ClickUpTaskMapper.map(tasks.get(3), context);

    assertThat(t.statusCategory()).isEqualTo(StatusCategory.DONE);
    assertThat(t.rawStatus()).isEqualTo("done");
    assertThat(t.priority().level()).isEqualTo(PriorityLevel.LOW);
    assertThat(t.completedAt()).isEqualTo(Instant.ofEpochMilli(1779205599000L));
  }

  @Test
  void oversizedTask_keepsABoundedRawPayload() {
    ObjectNode big = tasks.get(0).deepCopy();
    big.put("description", "x".repeat(5000));
    ClickUpTaskMapper.Context small =
        new ClickUpTaskMapper.Context(INTEGRATION, Map.of(), null, 1024);

    Task t = ClickUpTaskMapper.map(big, small);

    assertThat(t.raw().truncated()).isTrue();
    assertThat(t.raw().sizeInBytes()).isLessThanOrEqualTo(1024);
  }

  @Test
  void taskWithoutTimeImport_usesTimeSpentWhenPresent() {
    ObjectNode single = tasks.get(0).deepCopy();
    single.put("time_spent", 5_400_000);
    ClickUpTaskMapper.Context noTime =
        new ClickUpTaskMapper.Context(INTEGRATION, Map.of(), null, 65536);

    assertThat(ClickUpTaskMapper.map(single, noTime).timeTrackedMinutes()).isEqualTo(90L);
    assertThat(ClickUpTaskMapper.map(tasks.get(1), noTime).timeTrackedMinutes()).isNull();
  }

  @Test
  void taskWithABadTimestamp_isAnUnexpectedPayload() {
    ObjectNode bad = tasks.get(0).deepCopy();
    bad.put("date_updated", "yesterday");

    assertThatThrownBy(() -> ClickUpTaskMapper.map(bad, context))
        .isInstanceOf(UnexpectedPayloadException.class)
        .hasMessageContaining("86c9w41hk")
        .hasMessageContaining("date_updated");
  }

  @Test
  void taskWithoutStatus_isAnUnexpectedPayload() {
    ObjectNode bad = tasks.get(0).deepCopy();
    bad.remove("status");

    assertThatThrownBy(() -> ClickUpTaskMapper.map(bad, context))
        .isInstanceOf(UnexpectedPayloadException.class)
        .hasMessageContaining("status");
  }
}
