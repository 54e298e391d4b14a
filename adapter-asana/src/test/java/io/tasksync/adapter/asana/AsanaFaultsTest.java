package io.tasksync.adapter.asana;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tasksync.domain.Task;
import io.tasksync.port.out.AuthorizationException;
import io.tasksync.port.out.FetchRequest;
import io.tasksync.port.out.ProviderUnavailableException;
import io.tasksync.port.out.RateLimitedException;
import io.tasksync.port.out.TaskPage;
import io.tasksync.port.out.TokenSource;
import io.tasksync.port.out.UnexpectedPayloadException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each failure the stand-in can inject ends in the right member of the ports' exception family. */
class AsanaFaultsTest {

  private AsanaTestBed bed;

  @BeforeEach
  void start() {
    bed = AsanaTestBed.withTasks(150);
  }

  @AfterEach
  void stop() {
    bed.close();
  }

  private List<TaskPage> fetchAll(TokenSource tokens) {
    try (Stream<TaskPage> pages =
        bed.adapters.taskProvider().fetch(FetchRequest.full(bed.integration, tokens))) {
      return pages.toList();
    }
  }

  private static long taskCount(List<TaskPage> pages) {
    return pages.stream().mapToLong(p -> p.tasks().size()).sum();
  }

  @Test
  void rejectedToken_isRefreshedOnceAndTheListingCompletes() {
    String good = bed.standIn.issueGrant().accessToken();
    AtomicInteger refreshes = new AtomicInteger();
    String[] current = {"2/stale"};
    TokenSource tokens =
        new TokenSource() {
          @Override
          public String accessToken() {
            return current[0];
          }

          @Override
          public String refreshAfterRejection(String rejected) {
            refreshes.incrementAndGet();
            current[0] = good;
            return good;
          }
        };

    List<TaskPage> pages = fetchAll(tokens);

    assertThat(refreshes).hasValue(1);
    assertThat(taskCount(pages)).isEqualTo(bed.standIn.liveTaskCount());
  }

  @Test
  void tokenRejectedAgainAfterRefresh_failsWithAnAuthorizationError() {
    TokenSource tokens =
        new TokenSource() {
          @Override
          public String accessToken() {
            return "2/stale";
          }

          @Override
          public String refreshAfterRejection(String rejected) {
            return "2/also-stale";
          }
        };

    assertThatThrownBy(() -> fetchAll(tokens))
        .isInstanceOf(AuthorizationException.class)
        .hasMessageContaining("reconnect Asana");
  }

  @Test
  void forbidden_failsWithAMissingScopeAuthorizationError() {
    bed.standIn.forbidNext(1);

    assertThatThrownBy(() -> fetchAll(bed.tokens()))
        .isInstanceOfSatisfying(
            AuthorizationException.class,
            e -> assertThat(e.reason()).isEqualTo(AuthorizationException.Reason.MISSING_SCOPE));
  }

  @Test
  void notFound_failsAsAnUnexpectedPayload() {
    bed.standIn.notFoundNext(1);

    assertThatThrownBy(() -> fetchAll(bed.tokens()))
        .isInstanceOf(UnexpectedPayloadException.class)
        .hasMessageContaining("404");
  }

  @Test
  void rateLimited_waitsForRetryAfterAndCompletes() {
    bed.standIn.rateLimitStorm(1, 1);
    long started = System.nanoTime();

    List<TaskPage> pages = fetchAll(bed.tokens());

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThan(Duration.ofMillis(900));
    assertThat(bed.standIn.rateLimitedCount()).isEqualTo(1);
    assertThat(taskCount(pages)).isEqualTo(bed.standIn.liveTaskCount());
  }

  @Test
  void rateLimitedBeyondTheAttempts_failsWithRetryAfter() {
    bed.standIn.rateLimitStorm(5, 1);

    assertThatThrownBy(() -> fetchAll(bed.tokens()))
        .isInstanceOfSatisfying(
            RateLimitedException.class,
            e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(1)));
  }

  @Test
  void oneServerError_isLeftToTheSyncsRetryAndTheNextListingCompletes() {
    bed.standIn.failNext(1, 503);
    TokenSource tokens = bed.tokens();

    assertThatThrownBy(() -> fetchAll(tokens))
        .isInstanceOf(ProviderUnavailableException.class)
        .hasMessageContaining("HTTP 503")
        .hasMessageContaining("the sync retries from its checkpoint");
    List<TaskPage> pages = fetchAll(tokens);

    assertThat(taskCount(pages)).isEqualTo(bed.standIn.liveTaskCount());
  }

  @Test
  void persistentServerErrors_failAsProviderUnavailable() {
    bed.standIn.failNext(5, 500);

    assertThatThrownBy(() -> fetchAll(bed.tokens()))
        .isInstanceOf(ProviderUnavailableException.class)
        .hasMessageContaining("HTTP 500");
  }

  @Test
  void timeouts_failAsProviderUnavailable() {
    bed = bed.reconfigured(bed.config.withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(1)));
    bed.standIn.delayNext(1, Duration.ofSeconds(3));

    assertThatThrownBy(() -> fetchAll(bed.tokens()))
        .isInstanceOf(ProviderUnavailableException.class)
        .hasMessageContaining("did not answer");
  }

  @Test
  void truncatedJson_failsAsAnUnexpectedPayload() {
    bed.standIn.truncateNext(1);

    assertThatThrownBy(() -> fetchAll(bed.tokens()))
        .isInstanceOf(UnexpectedPayloadException.class)
        .hasMessageContaining("malformed or truncated");
  }

  @Test
  void aPageOfTheWrongShape_failsAsAnUnexpectedPayload() {
    bed.standIn.wrongShapeNext(1);

    assertThatThrownBy(() -> fetchAll(bed.tokens()))
        .isInstanceOf(UnexpectedPayloadException.class)
        .hasMessageContaining("shape");
  }

  @Test
  void expiredOffset_restartsThatProjectsListingAndMissesNothing() {
    List<String> ids = new java.util.ArrayList<>();
    // The first follow-up page request (whenever the read-ahead sends it) finds its offset expired.
    bed.standIn.expireNextOffsets(1);
    try (Stream<TaskPage> pages =
        bed.adapters.taskProvider().fetch(FetchRequest.full(bed.integration, bed.tokens()))) {
      pages.forEach(p -> p.tasks().forEach(t -> ids.add(t.externalId())));
    }

    assertThat(ids.stream().distinct().count()).isEqualTo(bed.standIn.liveTaskCount());
    assertThat(ids.size()).isGreaterThan(ids.stream().distinct().toList().size());
  }

  @Test
  void everyFetchedTask_isNotDoneWhenOpenAndDoneWhenCompleted() {
    List<Task> tasks = fetchAll(bed.tokens()).stream().flatMap(p -> p.tasks().stream()).toList();

    assertThat(tasks)
        .filteredOn(t -> t.completedAt() != null)
        .isNotEmpty()
        .allSatisfy(t -> assertThat(t.statusCategory().isClosed()).isTrue());
    assertThat(tasks)
        .filteredOn(t -> t.completedAt() == null)
        .allSatisfy(t -> assertThat(t.statusCategory().isClosed()).isFalse());
  }
}
