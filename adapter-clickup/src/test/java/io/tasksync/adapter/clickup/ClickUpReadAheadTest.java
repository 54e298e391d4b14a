package io.tasksync.adapter.clickup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tasksync.domain.Task;
import io.tasksync.port.out.FetchRequest;
import io.tasksync.port.out.ProviderUnavailableException;
import io.tasksync.port.out.TaskPage;
import io.tasksync.port.out.TokenSource;
import io.tasksync.sandbox.clickup.ClickUpStandInConfig;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The listing reads up to four pages ahead of a slow caller, in order, and stops when closed. */
class ClickUpReadAheadTest {

  private static final String TASK_PAGES = "GET /team/{team_Id}/task";
  private static final int DEPTH = 4;

  private ClickUpSandbox sandbox;
  private FetchRequest full;

  @BeforeEach
  void start() {
    sandbox =
        ClickUpSandbox.with(
            ClickUpStandInConfig.defaults().withWorkspace(1, 1_500).withRateLimitPerMinute(10_000),
            10_000,
            false,
            c -> c.withPipelining(2, DEPTH));
    full = FetchRequest.full(sandbox.integration, TokenSource.fixed(sandbox.standIn.issueToken()));
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private static List<String> ids(List<TaskPage> pages) {
    return pages.stream().flatMap(p -> p.tasks().stream()).map(Task::externalId).toList();
  }

  /** The pages from {@code request}, stopping after {@code max}, sleeping between pages. */
  private List<TaskPage> read(FetchRequest request, int max, long sleepMillis) {
    List<TaskPage> got = new ArrayList<>();
    try (Stream<TaskPage> pages = sandbox.adapters.taskProvider().fetch(request)) {
      Iterator<TaskPage> it = pages.iterator();
      while (got.size() < max && it.hasNext()) {
        got.add(it.next());
        pause(sleepMillis);
      }
    }
    return got;
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static boolean eventually(BooleanSupplier condition) {
    for (int i = 0; i < 100 && !condition.getAsBoolean(); i++) {
      pause(20);
    }
    return condition.getAsBoolean();
  }

  private static long prefetchThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().equals("clickup-page-prefetch") && t.isAlive())
        .count();
  }

  @Test
  void slowCaller_hasAtMostFourPagesFetchedAheadOfIt() {
    try (Stream<TaskPage> pages = sandbox.adapters.taskProvider().fetch(full)) {
      Iterator<TaskPage> it = pages.iterator();
      it.next();

      boolean filled = eventually(() -> sandbox.standIn.requestCount(TASK_PAGES) == 1 + DEPTH);
      pause(300);

      assertThat(filled).isTrue();
      assertThat(sandbox.standIn.requestCount(TASK_PAGES)).isEqualTo(1 + DEPTH);
    }
  }

  @Test
  void slowCallerStoppingAtAnyCheckpoint_resumesMissingNothingAndDuplicatingNothing() {
    List<TaskPage> all = read(full, Integer.MAX_VALUE, 0);

    for (int k : new int[] {0, 6, all.size() - 2}) {
      List<TaskPage> first = read(full, k + 1, 40);
      List<String> resumed = new ArrayList<>(ids(first));
      resumed.addAll(ids(read(full.resumingAt(first.get(k).checkpoint()), Integer.MAX_VALUE, 0)));

      assertThat(first.get(k).checkpoint()).isEqualTo(all.get(k).checkpoint());
      assertThat(resumed)
          .as("resumed after page %d", k)
          .doesNotHaveDuplicates()
          .containsExactlyElementsOf(ids(all));
    }
    assertThat(ids(all)).doesNotHaveDuplicates().hasSizeGreaterThan(1_000);
    assertThat(all.get(all.size() - 1).checkpoint()).contains("\"phase\":\"done\"");
  }

  @Test
  void failureOfAPageAhead_surfacesAfterEveryPageBeforeIt() {
    List<TaskPage> all = read(full, Integer.MAX_VALUE, 0);
    long before = sandbox.standIn.requestCount();
    List<TaskPage> seen = new ArrayList<>();
    sandbox.standIn.failAfter(10, 1, 500);

    assertThatThrownBy(
            () -> {
              try (Stream<TaskPage> pages = sandbox.adapters.taskProvider().fetch(full)) {
                Iterator<TaskPage> it = pages.iterator();
                while (it.hasNext()) {
                  seen.add(it.next());
                  pause(100);
                }
              }
            })
        .isInstanceOf(ProviderUnavailableException.class)
        .hasMessageContaining("500");
    long failedAt = sandbox.standIn.requestCount() - before;

    assertThat(failedAt).as("no request after the failed one").isEqualTo(11);
    assertThat(seen).isNotEmpty().hasSizeLessThan(all.size());
    assertThat(ids(seen)).containsExactlyElementsOf(ids(all.subList(0, seen.size())));
    assertThat(seen.size()).isEqualTo(sandbox.standIn.requestCount(TASK_PAGES) - all.size() - 1);
  }

  @Test
  void closingBeforeTheEnd_stopsTheBackgroundThread() {
    long threadsBefore = prefetchThreads();

    List<TaskPage> first = read(full, 2, 0);
    boolean stopped = eventually(() -> prefetchThreads() <= threadsBefore);
    long requestsAfterClose = sandbox.standIn.requestCount();
    pause(200);

    assertThat(first).hasSize(2);
    assertThat(stopped).isTrue();
    assertThat(sandbox.standIn.requestCount()).isEqualTo(requestsAfterClose);
  }
}
