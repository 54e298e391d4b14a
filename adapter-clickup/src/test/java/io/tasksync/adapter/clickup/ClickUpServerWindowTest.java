package io.tasksync.adapter.clickup;

import static org.assertj.core.api.Assertions.assertThat;

import io.tasksync.port.out.FetchRequest;
import io.tasksync.port.out.TaskPage;
import io.tasksync.port.out.TokenSource;
import io.tasksync.sandbox.clickup.ClickUpStandInConfig;
import java.time.Duration;
import java.util.Iterator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The budget spends the window the server reports, as fast as the listing asks, and waits for its
 * reset instead of pacing evenly: the stand-in here allows 20 requests per 2-second window.
 */
class ClickUpServerWindowTest {

  private static final int PER_WINDOW = 20;
  private static final Duration WINDOW = Duration.ofSeconds(2);

  private ClickUpSandbox sandbox;

  @AfterEach
  void stop() {
    sandbox.close();
  }

  /**
   * Imports 2,000 tasks (20 pages); the adapter's own plan limit would pace one request a second.
   */
  private long importAll(Duration perPage) throws InterruptedException {
    sandbox =
        ClickUpSandbox.with(
            ClickUpStandInConfig.defaults()
                .withWorkspace(1, 2_000)
                .withRateLimit(PER_WINDOW, WINDOW),
            60,
            true,
            c -> c.withRequestsPerMinute(60, Duration.ofSeconds(5)));
    FetchRequest full =
        FetchRequest.full(sandbox.integration, TokenSource.fixed(sandbox.standIn.issueToken()));
    long tasks = 0;
    try (Stream<TaskPage> pages = sandbox.adapters.taskProvider().fetch(full)) {
      Iterator<TaskPage> it = pages.iterator();
      while (it.hasNext()) {
        tasks += it.next().tasks().size();
        Thread.sleep(perPage.toMillis());
      }
    }
    return tasks;
  }

  @Test
  void fastConsumer_crossesSeveralWindowsWithoutA429() throws InterruptedException {
    long start = System.nanoTime();

    long tasks = importAll(Duration.ZERO);

    long millis = (System.nanoTime() - start) / 1_000_000;
    long requests = sandbox.standIn.requestCount();
    long windowsNeeded = (requests + PER_WINDOW - 3) / (PER_WINDOW - 2);
    assertThat(tasks).isEqualTo(2_000);
    assertThat(sandbox.standIn.rateLimitedCount()).isZero();
    assertThat(requests).isGreaterThan(PER_WINDOW);
    assertThat(millis)
        .as("%d requests at one a second would take %d s", requests, requests)
        .isLessThan((windowsNeeded + 1) * WINDOW.toMillis() + 1_000)
        .isLessThan(requests * 1_000 / 2);
  }

  @Test
  void slowConsumer_staysWithinTheWindowWithoutA429() throws InterruptedException {
    long tasks = importAll(Duration.ofMillis(150));

    assertThat(tasks).isEqualTo(2_000);
    assertThat(sandbox.standIn.rateLimitedCount()).isZero();
  }
}
