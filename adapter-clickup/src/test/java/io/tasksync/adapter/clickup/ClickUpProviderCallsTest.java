package io.tasksync.adapter.clickup;

import static org.assertj.core.api.Assertions.assertThat;

import io.tasksync.domain.Provider;
import io.tasksync.port.out.FetchRequest;
import io.tasksync.port.out.RecordingProviderCallObserver;
import io.tasksync.port.out.TaskPage;
import io.tasksync.port.out.TokenSource;
import io.tasksync.sandbox.clickup.ClickUpStandInConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The adapter reports each HTTP request it sends and each wait for the rate limit. */
class ClickUpProviderCallsTest {

  private final ClickUpSandbox sandbox =
      ClickUpSandbox.with(
          ClickUpStandInConfig.defaults().withWorkspace(1, 250).withRateLimitPerMinute(10_000),
          10_000,
          false);
  private final RecordingProviderCallObserver observer = new RecordingProviderCallObserver();
  private final ClickUpAdapters adapters =
      ClickUpAdapters.create(sandbox.config, Clock.systemUTC(), observer);

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private long fetchAll() {
    FetchRequest full =
        FetchRequest.full(sandbox.integration, TokenSource.fixed(sandbox.standIn.issueToken()));
    try (Stream<TaskPage> pages = adapters.taskProvider().fetch(full)) {
      return pages.mapToLong(p -> p.tasks().size()).sum();
    }
  }

  @Test
  void fullListing_reportsEveryRequestTheStandInServed() {
    long before = sandbox.standIn.requestCount();

    long tasks = fetchAll();

    long served = sandbox.standIn.requestCount() - before;
    assertThat(tasks).isPositive();
    assertThat(served).isGreaterThan(1);
    assertThat(observer.calls()).hasSize((int) served);
    assertThat(observer.withStatus(200)).isEqualTo(served);
    assertThat(observer.calls())
        .allSatisfy(
            c -> {
              assertThat(c.provider()).isEqualTo(Provider.CLICKUP);
              assertThat(c.operation()).startsWith("GET /").doesNotContain("?");
            });
  }

  @Test
  void rateLimitStorm_reportsThe429AndTheWaitUntilTheReset() {
    sandbox.standIn.rateLimitStorm(1, Duration.ofSeconds(1));
    long before = sandbox.standIn.requestCount();

    fetchAll();

    assertThat(observer.withStatus(429)).isEqualTo(1);
    assertThat(observer.calls()).hasSize((int) (sandbox.standIn.requestCount() - before));
    assertThat(observer.waits())
        .isNotEmpty()
        .allSatisfy(w -> assertThat(w.provider()).isEqualTo(Provider.CLICKUP));
    assertThat(
            observer.waits().stream().map(w -> w.duration()).reduce(Duration.ZERO, Duration::plus))
        .isGreaterThan(Duration.ofMillis(500));
  }

  @Test
  void operation_dropsTheQueryAndIds() {
    assertThat(ClickUpHttp.operation("GET", "/list/901/task?page=2"))
        .isEqualTo("GET /list/{id}/task");
    assertThat(ClickUpHttp.operation("GET", "/task/86abc1x/time_in_status"))
        .isEqualTo("GET /task/{id}/time_in_status");
  }
}
