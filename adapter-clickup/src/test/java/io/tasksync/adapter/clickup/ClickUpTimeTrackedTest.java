package io.tasksync.adapter.clickup;

import static org.assertj.core.api.Assertions.assertThat;

import io.tasksync.domain.RunKind;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Time tracked comes from every member's time entries over the whole history, per workspace. */
class ClickUpTimeTrackedTest {

  private ClickUpSandbox sandbox;
  private String token;

  @BeforeEach
  void start() {
    sandbox =
        ClickUpSandbox.with(
            ClickUpStandInConfig.defaults().withWorkspace(1, 250).withRateLimitPerMinute(10_000),
            10_000,
            false);
    token = sandbox.standIn.issueToken();
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private Map<String, Task> list(FetchRequest request) {
    try (Stream<TaskPage> pages = sandbox.adapters.taskProvider().fetch(request)) {
      return pages
          .flatMap(p -> p.tasks().stream())
          .collect(Collectors.toMap(Task::externalId, Function.identity()));
    }
  }

  @Test
  void oldEntriesAndOtherMembersEntries_allCount() {
    Instant now = Instant.now();
    String id = sandbox.standIn.createTask(0, "tracked");
    sandbox.standIn.addTimeEntry(
        id, sandbox.standIn.userId(0, 0), now.minus(Duration.ofDays(10)), Duration.ofMinutes(30));
    sandbox.standIn.addTimeEntry(
        id, sandbox.standIn.userId(0, 1), now.minus(Duration.ofDays(100)), Duration.ofMinutes(45));
    sandbox.standIn.addTimeEntry(
        id, sandbox.standIn.userId(0, 2), now.minus(Duration.ofDays(700)), Duration.ofMinutes(15));

    Map<String, Task> tasks =
        list(FetchRequest.full(sandbox.integration, TokenSource.fixed(token)));

    assertThat(tasks.get(id).timeTrackedMinutes()).isEqualTo(90L);
  }

  @Test
  void generatedTasks_matchTheTimeSpentOfTheSingleTaskEndpoint() throws Exception {
    Map<String, Task> tasks =
        list(FetchRequest.full(sandbox.integration, TokenSource.fixed(token)));

    for (int i : new int[] {0, 1, 2, 5, 11, 42, 100}) {
      String id = sandbox.standIn.generatedTaskId(0, i);
      if (tasks.containsKey(id)) {
        assertThat(tasks.get(id).timeTrackedMinutes())
            .as(id)
            .isEqualTo(timeSpentMillis(id) / 60_000);
      }
    }
    assertThat(tasks.values()).anySatisfy(t -> assertThat(t.timeTrackedMinutes()).isPositive());
  }

  @Test
  void timeEntries_areAskedPerWindowNotPerTask() {
    list(FetchRequest.full(sandbox.integration, TokenSource.fixed(token)));

    long windows = Duration.between(ClickUpSandbox.TIME_SINCE, Instant.now()).toDays() / 365 + 1;
    assertThat(sandbox.standIn.requestCount("GET /team/{team_Id}/time_entries")).isEqualTo(windows);
    assertThat(sandbox.standIn.requestCount("GET /task/{task_id}")).isZero();
  }

  @Test
  void incrementalRun_withNoChanges_asksForNoTimeEntries() {
    list(
        new FetchRequest(
            sandbox.integration,
            RunKind.INCREMENTAL,
            null,
            Instant.now(),
            TokenSource.fixed(token)));

    assertThat(sandbox.standIn.requestCount("GET /team/{team_Id}/time_entries")).isZero();
  }

  private long timeSpentMillis(String id) throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(sandbox.standIn.baseUrl() + "/api/v2/task/" + id))
                    .header("Authorization", token)
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    return ClickUpHttp.MAPPER.readTree(r.body()).path("time_spent").asLong();
  }
}
