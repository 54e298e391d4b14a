package io.tasksync.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

final class Tasks {

  static final OrganizationId ORG = OrganizationId.of("org-1");
  static final IntegrationId INTEGRATION = IntegrationId.of("int-1");

  private Tasks() {}

  static TaskBuilder aTask() {
    return Task.builder(ORG, INTEGRATION, Provider.CLICKUP, "86c9w41hk")
        .title("Write the release notes")
        .description("For **v2**")
        .statusCategory(StatusCategory.IN_PROGRESS)
        .rawStatus("in review")
        .priority(Priority.of(PriorityLevel.HIGH, "2"))
        .labels(List.of("docs", "release"))
        .assignees(List.of(Person.of("7", "Ada", "ada@example.test"), Person.of("9", "Bo", null)))
        .projectPath(List.of("Engineering", "Q2", "Sprint 4"))
        .dueDate(TaskDate.onDay(LocalDate.parse("2026-06-01")))
        .createdAt(Instant.parse("2026-04-01T09:00:00Z"))
        .updatedAt(Instant.parse("2026-05-01T10:00:00Z"))
        .timeTrackedMinutes(90L)
        .estimate(Estimate.minutes(120));
  }
}
