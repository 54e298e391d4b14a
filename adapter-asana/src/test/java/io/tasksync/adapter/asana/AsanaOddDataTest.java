package io.tasksync.adapter.asana;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tasksync.domain.Person;
import io.tasksync.domain.PriorityLevel;
import io.tasksync.domain.Task;
import io.tasksync.kit.MappedItems;
import io.tasksync.port.out.FetchRequest;
import io.tasksync.port.out.TaskPage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real Asana quirks (fixture {@code task_real_quirks.json}: no html_notes, num_subtasks or
 * dependencies without asking, custom fields with their definition embedded and unset values null,
 * a bare assignee, the older permalink form) and the lenient rule across the listing.
 */
class AsanaOddDataTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode fixture() throws IOException {
    try (InputStream in =
        AsanaOddDataTest.class.getResourceAsStream("/asana/task_real_quirks.json")) {
      return JSON.readTree(in);
    }
  }

  private static Task map(JsonNode t) {
    return AsanaTaskMapper.map(t, integration());
  }

  private static io.tasksync.domain.Integration integration() {
    return io.tasksync.domain.Integration.connected(
        io.tasksync.domain.IntegrationId.of("asana-odd"),
        io.tasksync.domain.OrganizationId.of("org-1"),
        io.tasksync.domain.Provider.ASANA,
        new io.tasksync.domain.EncryptedCredentials("k1", "sealed"),
        List.of(),
        java.time.Instant.EPOCH);
  }

  @Test
  void realQuirks_mapFieldByField() throws IOException {
    Task t = map(fixture());

    assertThat(t.title()).isEqualTo("\u200EShip the onboarding checklist");
    assertThat(t.assignees()).containsExactly(Person.of("1201234567890001", null, null));
    assertThat(t.priority().level()).isEqualTo(PriorityLevel.NONE);
    assertThat(t.estimate()).isNull();
    assertThat(t.url()).isEqualTo("https://app.asana.com/0/1209000000000001/1209876543210123");
    assertThat(t.projectPath()).as("memberships absent").isEmpty();
  }

  static Stream<String> optionalFields() {
    return Stream.of(
        "name",
        "notes",
        "completed",
        "completed_at",
        "created_at",
        "due_on",
        "due_at",
        "start_on",
        "start_at",
        "actual_time_minutes",
        "assignee",
        "parent",
        "memberships",
        "tags",
        "custom_fields",
        "permalink_url");
  }

  @ParameterizedTest
  @MethodSource("optionalFields")
  void optionalFieldAbsentNullOrOfAnotherType_stillMaps(String field) throws IOException {
    JsonNode task = fixture();
    List<JsonNode> odd =
        Arrays.asList(
            null,
            JSON.nullNode(),
            JSON.createObjectNode().put("unexpected", 1),
            JSON.getNodeFactory().textNode("not what was expected"),
            JSON.getNodeFactory().numberNode(-1.5));
    for (JsonNode value : odd) {
      ObjectNode copy = task.deepCopy();
      if (value == null) {
        copy.remove(field);
      } else {
        copy.set(field, value);
      }

      Task mapped = map(copy);

      assertThat(mapped.externalId()).as(field + " = " + value).isEqualTo("1209876543210123");
    }
  }

  @Test
  void taskWithoutGidOrModifiedAt_isSkippedAndNamed() throws IOException {
    ObjectNode noModified = fixture().deepCopy();
    noModified.remove("modified_at");
    ObjectNode noGid = fixture().deepCopy();
    noGid.remove("gid");

    MappedItems mapped =
        MappedItems.map(
            List.of(noModified, noGid, fixture()),
            "gid",
            t -> AsanaTaskMapper.map(t, integration()));

    assertThat(mapped.tasks()).hasSize(1);
    assertThat(mapped.unmapped())
        .extracting(u -> u.label())
        .containsExactly("1209876543210123", "(no id)");
  }

  @Test
  void answersWithoutMemberships_stillBringEveryTask_noneSkippedSilently() {
    try (AsanaTestBed bed = AsanaTestBed.withTasks(200)) {
      bed.standIn.omitTaskFields("memberships");
      Set<String> ids;
      long unmapped;
      try (Stream<TaskPage> pages =
          bed.adapters.taskProvider().fetch(FetchRequest.full(bed.integration, bed.tokens()))) {
        List<TaskPage> all = pages.toList();
        ids =
            all.stream()
                .flatMap(p -> p.tasks().stream())
                .map(Task::externalId)
                .collect(Collectors.toSet());
        unmapped = all.stream().mapToLong(p -> p.unmapped().size()).sum();
      }

      assertThat(unmapped).isZero();
      assertThat(ids).hasSize((int) bed.standIn.liveTaskCount());
    }
  }

  @Test
  void standInListing_bareAssigneesAndEmbeddedFieldDefinitions_mapLikeTheFixture() {
    try (AsanaTestBed bed = AsanaTestBed.withTasks(200)) {
      List<Task> all;
      try (Stream<TaskPage> pages =
          bed.adapters.taskProvider().fetch(FetchRequest.full(bed.integration, bed.tokens()))) {
        all = pages.flatMap(p -> p.tasks().stream()).toList();
      }
      Set<String> bare =
          java.util.stream.LongStream.range(0, 200)
              .filter(i -> i % 10 == 7)
              .mapToObj(bed.standIn::taskGid)
              .collect(Collectors.toSet());

      assertThat(all)
          .filteredOn(t -> bare.contains(t.externalId()) && !t.assignees().isEmpty())
          .isNotEmpty()
          .allSatisfy(t -> assertThat(t.assignees().get(0).name()).isNull());
      assertThat(all)
          .filteredOn(t -> !bare.contains(t.externalId()) && !t.assignees().isEmpty())
          .isNotEmpty()
          .allSatisfy(t -> assertThat(t.assignees().get(0).name()).isNotBlank());
      assertThat(all)
          .anySatisfy(t -> assertThat(t.priority().level()).isNotEqualTo(PriorityLevel.NONE));
      assertThat(all).anySatisfy(t -> assertThat(t.url()).contains("/0/"));
      assertThat(all).anySatisfy(t -> assertThat(t.url()).contains("/task/"));
    }
  }
}
