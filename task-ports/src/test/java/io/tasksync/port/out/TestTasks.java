package io.tasksync.port.out;

import io.tasksync.domain.Estimate;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.OrganizationId;
import io.tasksync.domain.Person;
import io.tasksync.domain.Priority;
import io.tasksync.domain.PriorityLevel;
import io.tasksync.domain.Provider;
import io.tasksync.domain.RawPayload;
import io.tasksync.domain.StatusCategory;
import io.tasksync.domain.TaskBuilder;
import io.tasksync.domain.TaskDate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Test-data builders for tasks: {@code aTask().title("x").build()}. */
public final class TestTasks {

  public static final Instant T0 = Instant.parse("2026-05-01T10:00:00Z");
  private static final AtomicInteger SEQ = new AtomicInteger();

  private TestTasks() {}

  public static OrganizationId anOrganization() {
    return OrganizationId.of("org-" + UUID.randomUUID());
  }

  public static IntegrationId anIntegration() {
    return IntegrationId.of("int-" + UUID.randomUUID());
  }

  /** A minimal task of a fresh organization and integration. */
  public static TaskBuilder aTask() {
    return aTask(anOrganization(), anIntegration());
  }

  public static TaskBuilder aTask(OrganizationId org, IntegrationId integration) {
    int n = SEQ.incrementAndGet();
    return io.tasksync.domain.Task.builder(org, integration, Provider.ASANA, "ext-" + n)
        .title("Task " + n)
        .statusCategory(StatusCategory.TODO)
        .updatedAt(T0.plusSeconds(n));
  }

  /** A task with every field set, for round-trip tests. */
  public static TaskBuilder aFullTask(OrganizationId org, IntegrationId integration) {
    return aTask(org, integration)
        .url("https://example.test/tasks/1")
        .description("Line one\nline two — ünïcödé")
        .statusCategory(StatusCategory.IN_PROGRESS)
        .rawStatus("In Progress")
        .priority(Priority.of(PriorityLevel.HIGH, "2"))
        .labels(List.of("bug", "backend"))
        .assignees(
            List.of(
                Person.of("u1", "Ada Lovelace", "ada@example.test"), Person.of("u2", null, null)))
        .creator(Person.of("u3", "Grace", null))
        .projectPath(List.of("Space", "Folder", "List"))
        .parentExternalId("parent-1")
        .dueDate(TaskDate.onDay(LocalDate.parse("2026-06-01")))
        .startDate(TaskDate.at(Instant.parse("2026-05-20T08:30:00Z")))
        .createdAt(Instant.parse("2026-04-01T09:00:00.123Z"))
        .completedAt(Instant.parse("2026-05-02T11:00:00Z"))
        .timeTrackedMinutes(95L)
        .estimate(Estimate.minutes(120))
        .lastSeenAt(Instant.parse("2026-05-03T00:00:00Z"))
        .raw(RawPayload.of("{\"gid\":\"1\",\"name\":\"x\"}"));
  }
}
