package io.tasksync.adapter.linear;

import static org.assertj.core.api.Assertions.assertThat;

import io.tasksync.domain.Provider;
import io.tasksync.port.out.FetchRequest;
import io.tasksync.port.out.RecordingProviderCallObserver;
import io.tasksync.port.out.TaskPage;
import io.tasksync.port.out.TokenSource;
import io.tasksync.sandbox.linear.LinearStandIn;
import io.tasksync.sandbox.linear.LinearStandInConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The adapter reports each HTTP request it sends and each wait for the rate limit. */
class LinearProviderCallsTest {

  private final LinearStandIn standIn =
      LinearStandIn.start(
          LinearStandInConfig.defaults()
              .withWorkspace(3, 60)
              .withLimits(5_000, 2_000_000, Duration.ofSeconds(3)));
  private final RecordingProviderCallObserver observer = new RecordingProviderCallObserver();

  @AfterEach
  void stop() {
    standIn.close();
  }

  private long fetchAll() {
    LinearAdapters adapters =
        LinearAdapters.create(
            LinearTestSupport.configFor(standIn).withPageSize(20),
            Clock.systemUTC(),
            d -> Thread.sleep(d.toMillis()),
            observer);
    TokenSource tokens = TokenSource.fixed(standIn.issueToken().accessToken());
    try (Stream<TaskPage> pages =
        adapters.taskProvider().fetch(FetchRequest.full(LinearTestSupport.integration(), tokens))) {
      return pages.mapToLong(p -> p.tasks().size()).sum();
    }
  }

  @Test
  void fullListing_reportsEveryRequestTheStandInServed() {
    long before = standIn.graphQlRequests();

    long tasks = fetchAll();

    long served = standIn.graphQlRequests() - before;
    assertThat(tasks).isEqualTo(60);
    assertThat(served).isGreaterThan(1);
    assertThat(observer.calls()).hasSize((int) served);
    assertThat(observer.withStatus(200)).isEqualTo(served);
    assertThat(observer.calls())
        .allSatisfy(
            c -> {
              assertThat(c.provider()).isEqualTo(Provider.LINEAR);
              assertThat(c.operation()).isEqualTo("POST /graphql");
            });
  }

  @Test
  void rateLimited_reportsTheRefusedRequestAndTheWaitForTheRefill() {
    standIn.rateLimitStorm(1);
    long before = standIn.graphQlRequests();

    fetchAll();

    long served = standIn.graphQlRequests() - before;
    assertThat(standIn.rateLimitedResponses()).isEqualTo(1);
    assertThat(observer.calls()).hasSize((int) served);
    assertThat(observer.withStatus(200)).isEqualTo(served - 1);
    assertThat(observer.waits())
        .isNotEmpty()
        .allSatisfy(
            w -> {
              assertThat(w.provider()).isEqualTo(Provider.LINEAR);
              assertThat(w.duration()).isPositive();
            });
  }
}
