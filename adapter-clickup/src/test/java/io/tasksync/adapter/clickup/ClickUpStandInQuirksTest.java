package io.tasksync.adapter.clickup;

import static org.assertj.core.api.Assertions.assertThat;

import io.tasksync.domain.Task;
import io.tasksync.port.out.FetchRequest;
import io.tasksync.port.out.TaskPage;
import io.tasksync.port.out.TokenSource;
import io.tasksync.sandbox.clickup.ClickUpStandInConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The stand-in's generated workspaces carry ClickUp's real quirks (titles starting with U+200E,
 * custom fields without {@code value}, an emoji field's string value, {@code time_spent} left out
 * of list items when nothing was tracked); the adapter reads them as README's "Which tasks" says.
 */
class ClickUpStandInQuirksTest {

  private static ClickUpSandbox sandbox(boolean importTime) {
    return ClickUpSandbox.with(
        ClickUpStandInConfig.defaults().withWorkspace(1, 250).withRateLimitPerMinute(10_000),
        10_000,
        false,
        c -> c.withTimeTracking(importTime, ClickUpSandbox.TIME_SINCE, c.timeTracking().window()));
  }

  private static Map<String, Task> list(ClickUpSandbox sandbox) {
    FetchRequest request =
        FetchRequest.full(sandbox.integration, TokenSource.fixed(sandbox.standIn.issueToken()));
    try (Stream<TaskPage> pages = sandbox.adapters.taskProvider().fetch(request)) {
      return pages
          .flatMap(p -> p.tasks().stream())
          .collect(Collectors.toMap(Task::externalId, Function.identity()));
    }
  }

  @Test
  void titleStartingWithLeftToRightMark_isKeptExactly() {
    try (ClickUpSandbox sandbox = sandbox(true)) {
      Map<String, Task> tasks = list(sandbox);

      assertThat(tasks.get(sandbox.standIn.generatedTaskId(0, 4)).title())
          .isEqualTo("\u200ETask 4 of workspace 0");
      assertThat(tasks.get(sandbox.standIn.generatedTaskId(0, 5)).title())
          .isEqualTo("Task 5 of workspace 0");
    }
  }

  @Test
  void timeTrackingOff_untrackedTaskHasNoValue_trackedTaskHasItsTimeSpent() throws Exception {
    try (ClickUpSandbox sandbox = sandbox(false)) {
      String untracked = sandbox.standIn.createTask(0, "untracked");
      String tracked = sandbox.standIn.createTask(0, "tracked");
      sandbox.standIn.addTimeEntry(
          tracked,
          sandbox.standIn.userId(0, 1),
          Instant.now().minus(Duration.ofDays(3)),
          Duration.ofMinutes(42));

      Map<String, Task> tasks = list(sandbox);

      assertThat(tasks.get(untracked).timeTrackedMinutes()).isNull();
      assertThat(tasks.get(tracked).timeTrackedMinutes()).isEqualTo(42L);
      assertThat(singleTaskTimeSpent(sandbox, untracked))
          .as("the single-task GET sends 0, list items leave it out")
          .isZero();
    }
  }

  @Test
  void timeTrackingOn_untrackedTaskHasZero() {
    try (ClickUpSandbox sandbox = sandbox(true)) {
      String untracked = sandbox.standIn.createTask(0, "untracked");

      assertThat(list(sandbox).get(untracked).timeTrackedMinutes()).isZero();
    }
  }

  private static long singleTaskTimeSpent(ClickUpSandbox sandbox, String id) throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(sandbox.standIn.baseUrl() + "/api/v2/task/" + id))
                    .header("Authorization", sandbox.standIn.issueToken())
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    return ClickUpHttp.MAPPER.readTree(r.body()).path("time_spent").asLong(-1);
  }
}
