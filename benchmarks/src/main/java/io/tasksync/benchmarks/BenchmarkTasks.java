package io.tasksync.benchmarks;

import io.tasksync.domain.Estimate;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.OrganizationId;
import io.tasksync.domain.Person;
import io.tasksync.domain.Priority;
import io.tasksync.domain.PriorityLevel;
import io.tasksync.domain.Provider;
import io.tasksync.domain.RawPayload;
import io.tasksync.domain.StatusCategory;
import io.tasksync.domain.Task;
import io.tasksync.domain.TaskDate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/** Deterministic, realistically sized normalized tasks (about 2 KB of payload each). */
final class BenchmarkTasks {

  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final StatusCategory[] STATUSES = StatusCategory.values();
  private static final PriorityLevel[] PRIORITIES = PriorityLevel.values();

  private BenchmarkTasks() {}

  static List<Task> generate(OrganizationId org, IntegrationId integration, int count) {
    Random random = new Random(42);
    return IntStream.range(0, count).mapToObj(i -> task(org, integration, i, random)).toList();
  }

  private static Task task(OrganizationId org, IntegrationId integration, int i, Random random) {
    String gid = Long.toString(1_200_000_000_000L + i * 7919L);
    return Task.builder(org, integration, Provider.ASANA, gid)
        .url("https://app.asana.com/0/1200000000001/" + gid)
        .title("Task " + i + ": " + words(random, 6))
        .description(words(random, 40 + random.nextInt(60)))
        .statusCategory(STATUSES[random.nextInt(STATUSES.length)])
        .rawStatus("Section " + random.nextInt(8))
        .priority(Priority.of(PRIORITIES[random.nextInt(PRIORITIES.length)], "p" + i % 4))
        .labels(List.of("label-" + random.nextInt(20), "team-" + random.nextInt(5)))
        .assignees(List.of(Person.of("u" + random.nextInt(50), "User Name", "user@example.test")))
        .creator(Person.of("u" + random.nextInt(50), "Creator", null))
        .projectPath(List.of("Workspace", "Project " + i % 30))
        .dueDate(TaskDate.onDay(LocalDate.of(2026, 3, 1).plusDays(i % 90)))
        .createdAt(T0.plusSeconds(i * 60L))
        .updatedAt(T0.plusSeconds(i * 60L + 3600))
        .timeTrackedMinutes((long) random.nextInt(600))
        .estimate(Estimate.minutes(30 + random.nextInt(240)))
        .raw(RawPayload.of(payload(gid, random)))
        .build();
  }

  private static String payload(String gid, Random random) {
    return "{\"gid\":\""
        + gid
        + "\",\"resource_type\":\"task\",\"notes\":\""
        + words(random, 150)
        + "\",\"custom_fields\":[]}";
  }

  private static String words(Random random, int n) {
    StringBuilder text = new StringBuilder();
    for (int w = 0; w < n; w++) {
      text.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
    }
    return text.toString();
  }

  private static final String[] WORDS = {
    "review", "deploy", "customer", "invoice", "backend", "sprint", "design", "release", "bug",
    "report", "migrate", "schema", "follow", "up", "meeting", "draft", "budget", "onboarding"
  };
}
