package io.tasksync.domain;

import static io.tasksync.domain.Tasks.aTask;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContentHashTest {

  @Test
  void sameContent_sameHash_acrossInstances() {
    Task a = aTask().build();
    Task b = aTask().build();

    assertThat(a.contentHash()).isEqualTo(b.contentHash()).hasSize(64);
  }

  @Test
  void hash_isPinned_soItStaysStableAcrossJvmsAndReleases() {
    // Stored hashes decide which writes are skipped: a change to the encoding must be deliberate.
    assertThat(aTask().build().contentHash())
        .isEqualTo("d64fd25f58a1d99c414ecd6077e7eb01fe6768996bed9e0b670f69cd961f6fac");
  }

  @Test
  void orderOfLabelsAndAssignees_doesNotChangeTheHash() {
    Task a = aTask().build();
    Task reordered =
        a.toBuilder()
            .labels(List.of("release", "docs"))
            .assignees(List.of(a.assignees().get(1), a.assignees().get(0)))
            .build();

    assertThat(reordered.contentHash()).isEqualTo(a.contentHash());
  }

  @Test
  void volatileFields_doNotChangeTheHash() {
    Task a = aTask().build();
    Task touched =
        a.toBuilder()
            .lastSeenAt(Instant.parse("2026-07-01T00:00:00Z"))
            .deletedAt(Instant.parse("2026-07-01T00:00:00Z"))
            .raw(RawPayload.of("{\"etag\":\"abc\"}"))
            .build();

    assertThat(touched.contentHash()).isEqualTo(a.contentHash());
  }

  @Test
  void everyNormalizedField_changesTheHash() {
    Task a = aTask().build();
    List<Task> variants =
        List.of(
            a.toBuilder().title("Write the release note").build(),
            a.toBuilder().description(null).build(),
            a.toBuilder().statusCategory(StatusCategory.DONE).build(),
            a.toBuilder().rawStatus("done").build(),
            a.toBuilder().priority(Priority.of(PriorityLevel.LOW, "4")).build(),
            a.toBuilder().labels(List.of("docs")).build(),
            a.toBuilder().assignees(List.of(Person.of("7", "Ada", "ada@example.test"))).build(),
            a.toBuilder().projectPath(List.of("Engineering", "Q2")).build(),
            a.toBuilder().parentExternalId("p").build(),
            a.toBuilder().dueDate(TaskDate.at(Instant.parse("2026-06-01T00:00:00Z"))).build(),
            a.toBuilder().updatedAt(a.updatedAt().plusMillis(1)).build(),
            a.toBuilder().timeTrackedMinutes(91L).build(),
            a.toBuilder().estimate(Estimate.points(120)).build());

    assertThat(variants)
        .extracting(Task::contentHash)
        .doesNotHaveDuplicates()
        .doesNotContain(a.contentHash());
  }

  @Test
  void fieldBoundaries_cannotBeShiftedToForgeTheSameHash() {
    Task a = aTask().title("ab").description("c").build();
    Task b = aTask().title("a").description("bc").build();

    assertThat(a.contentHash()).isNotEqualTo(b.contentHash());
  }
}
