package io.tasksync.adapter.asana;

import static org.assertj.core.api.Assertions.assertThat;

import io.tasksync.domain.Provider;
import io.tasksync.port.out.FetchRequest;
import io.tasksync.port.out.RecordingProviderCallObserver;
import io.tasksync.port.out.TaskPage;
import java.time.Clock;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The adapter reports each HTTP request it sends and each wait for the rate limit. */
class AsanaProviderCallsTest {

  private final AsanaTestBed bed = AsanaTestBed.withTasks(150);
  private final RecordingProviderCallObserver observer = new RecordingProviderCallObserver();
  private final AsanaAdapters adapters =
      AsanaAdapters.create(bed.config, Clock.systemUTC(), observer);

  @AfterEach
  void stop() {
    bed.close();
  }

  private long fetchAll() {
    try (Stream<TaskPage> pages =
        adapters.taskProvider().fetch(FetchRequest.full(bed.integration, bed.tokens()))) {
      return pages.mapToLong(p -> p.tasks().size()).sum();
    }
  }

  @Test
  void fullListing_reportsEveryRequestTheStandInServed() {
    long before = bed.standIn.requestCount();

    long tasks = fetchAll();

    long served = bed.standIn.requestCount() - before;
    assertThat(tasks).isEqualTo(bed.standIn.liveTaskCount());
    assertThat(served).isGreaterThan(1);
    assertThat(observer.calls()).hasSize((int) served);
    assertThat(observer.withStatus(200)).isPositive();
    assertThat(observer.calls())
        .allSatisfy(
            c -> {
              assertThat(c.provider()).isEqualTo(Provider.ASANA);
              // 412 is how Asana hands out the first sync token of a project's events
              assertThat(c.status()).isIn(200, 412);
              assertThat(c.operation()).startsWith("GET /").doesNotContainPattern("\\d{4,}");
            });
  }

  @Test
  void rateLimited_reportsThe429AndTheWaitForRetryAfter() {
    bed.standIn.rateLimitStorm(1, 1);
    long before = bed.standIn.requestCount();

    fetchAll();

    assertThat(observer.withStatus(429)).isEqualTo(1);
    assertThat(observer.calls()).hasSize((int) (bed.standIn.requestCount() - before));
    assertThat(observer.waits())
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.provider()).isEqualTo(Provider.ASANA);
              assertThat(w.duration()).isGreaterThan(Duration.ofMillis(800));
            });
  }

  @Test
  void operation_dropsTheQueryAndNumericIds() {
    assertThat(AsanaHttp.operation("GET", "/projects/1204/tasks?limit=100&offset=abc"))
        .isEqualTo("GET /projects/{gid}/tasks");
  }
}
