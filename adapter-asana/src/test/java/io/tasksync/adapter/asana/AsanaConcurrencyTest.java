package io.tasksync.adapter.asana;

import static org.assertj.core.api.Assertions.assertThat;

import io.tasksync.port.out.FetchRequest;
import io.tasksync.port.out.TaskPage;
import io.tasksync.port.out.TokenSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Asana's concurrent-request limit: three listings of one grant at once (each with its read-ahead
 * thread and subtask fetches) against a stand-in that holds every request open a little.
 */
class AsanaConcurrencyTest {

  private static final int STAND_IN_LIMIT = 2;

  private final AsanaTestBed bed = AsanaTestBed.withTasks(300);
  private final ExecutorService threads = Executors.newFixedThreadPool(3);

  @AfterEach
  void stop() {
    threads.shutdownNow();
    bed.close();
  }

  /** Runs three full listings of the same grant at once; returns the tasks each one listed. */
  private List<Long> threeListingsAtOnce(AsanaTestBed adapter) {
    bed.standIn.setConcurrentRequests(STAND_IN_LIMIT);
    bed.standIn.delayNext(1000, Duration.ofMillis(15));
    TokenSource tokens = bed.tokens();
    List<CompletableFuture<Long>> runs = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      runs.add(
          CompletableFuture.supplyAsync(
              () -> {
                try (Stream<TaskPage> pages =
                    adapter
                        .adapters
                        .taskProvider()
                        .fetch(FetchRequest.full(bed.integration, tokens))) {
                  return pages.mapToLong(p -> p.tasks().size()).sum();
                }
              },
              threads));
    }
    List<Long> listed = new ArrayList<>();
    for (CompletableFuture<Long> run : runs) {
      listed.add(run.handle((n, failure) -> failure == null ? n : -1L).join());
    }
    return listed;
  }

  @Test
  void boundedAtTheStandInsLimit_neverTripsIt() {
    AsanaTestBed bounded = bed.reconfigured(bed.config.withMaxConcurrentRequests(STAND_IN_LIMIT));

    List<Long> listed = threeListingsAtOnce(bounded);

    assertThat(bed.standIn.rateLimitedCount()).isZero();
    assertThat(listed).containsOnly(bed.standIn.liveTaskCount());
  }

  @Test
  void boundAboveTheStandInsLimit_isRefused() {
    AsanaTestBed unbounded =
        bed.reconfigured(
            bed.config.withMaxConcurrentRequests(10).withRetries(1, Duration.ofSeconds(1)));

    threeListingsAtOnce(unbounded);

    assertThat(bed.standIn.rateLimitedCount()).isPositive();
  }
}
