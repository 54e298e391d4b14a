package io.tasksync.adapter.clickup;

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
import io.tasksync.sandbox.clickup.ClickUpStandInConfig;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each failure ClickUp can produce ends in the ports' exception, never in a short listing. */
class ClickUpFaultsTest {

  private ClickUpSandbox sandbox;
  private FetchRequest full;

  @BeforeEach
  void start() {
    sandbox =
        ClickUpSandbox.with(
            ClickUpStandInConfig.defaults().withWorkspace(1, 250).withRateLimitPerMinute(10_000),
            10_000,
            false);
    full = FetchRequest.full(sandbox.integration, TokenSource.fixed(sandbox.standIn.issueToken()));
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private List<TaskPage> all() {
    try (Stream<TaskPage> pages = sandbox.adapters.taskProvider().fetch(full)) {
      return pages.toList();
    }
  }

  private static long count(List<TaskPage> pages) {
    return pages.stream().mapToLong(p -> p.tasks().size()).sum();
  }

  @Test
  void serverErrors_areProviderUnavailable() {
    sandbox.standIn.failNext(1, 503);

    assertThatThrownBy(this::all)
        .isInstanceOf(ProviderUnavailableException.class)
        .hasMessageContaining("503")
        .hasMessageContaining("retries from its checkpoint");
  }

  @Test
  void serverErrorMidListing_failsInsteadOfEndingTheListingEarly() {
    List<String> seen = new java.util.ArrayList<>();
    sandbox.standIn.failAfter(8, 1, 500);

    assertThatThrownBy(
            () -> {
              try (Stream<TaskPage> pages = sandbox.adapters.taskProvider().fetch(full)) {
                pages.forEach(p -> p.tasks().forEach(t -> seen.add(t.externalId())));
              }
            })
        .isInstanceOf(ProviderUnavailableException.class);
    assertThat(seen).isNotEmpty().hasSizeLessThan(expectedVisible());
  }

  @Test
  void slowAnswers_timeOutAsProviderUnavailable() {
    sandbox.standIn.delayNext(1, Duration.ofSeconds(3));

    assertThatThrownBy(this::all)
        .isInstanceOf(ProviderUnavailableException.class)
        .hasMessageContaining("did not answer");
  }

  @Test
  void truncatedJson_isAnUnexpectedPayload() {
    sandbox.standIn.truncateNext(1);

    assertThatThrownBy(this::all)
        .isInstanceOf(UnexpectedPayloadException.class)
        .hasMessageContaining("malformed or truncated JSON");
  }

  @Test
  void truncatedTimeEntries_failTheReadInsteadOfUndercounting() throws Exception {
    byte[] whole = ClickUpTaskMapperTest.fixture("time-entries.json").readAllBytes();
    java.io.InputStream cut =
        new java.io.ByteArrayInputStream(java.util.Arrays.copyOf(whole, whole.length / 2));

    assertThatThrownBy(() -> ClickUpTimeTotals.add(cut, new java.util.HashMap<>()))
        .isInstanceOf(com.fasterxml.jackson.core.JsonProcessingException.class);
  }

  @Test
  void wrongShape_isAnUnexpectedPayload() {
    sandbox.standIn.wrongShapeNext(1);

    assertThatThrownBy(this::all)
        .isInstanceOf(UnexpectedPayloadException.class)
        .hasMessageContaining("teams");
  }

  @Test
  void shortRateLimitStorm_isWaitedOutAndTheListingCompletes() {
    sandbox.standIn.rateLimitStorm(1, Duration.ofSeconds(1));

    List<TaskPage> pages = all();

    assertThat(count(pages)).isEqualTo(expectedVisible());
  }

  @Test
  void rateLimitResetBeyondTheWait_isRateLimitedWithTheResetTime() {
    sandbox.standIn.rateLimitStorm(5, Duration.ofSeconds(30));

    assertThatThrownBy(this::all)
        .isInstanceOfSatisfying(
            RateLimitedException.class,
            e -> assertThat(e.retryAfter()).isGreaterThan(Duration.ofSeconds(20)));
  }

  @Test
  void revokedToken_isAuthorizationRevoked() {
    String token = sandbox.standIn.issueToken();
    sandbox.standIn.revokeToken(token);

    assertThatThrownBy(
            () -> {
              try (Stream<TaskPage> pages =
                  sandbox
                      .adapters
                      .taskProvider()
                      .fetch(FetchRequest.full(sandbox.integration, TokenSource.fixed(token)))) {
                pages.toList();
              }
            })
        .isInstanceOfSatisfying(
            AuthorizationException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(AuthorizationException.Reason.REVOKED);
              assertThat(e.getMessage())
                  .contains("OAUTH_025")
                  .contains("reconnect ClickUp")
                  .doesNotContain(token);
            });
  }

  @Test
  void rejectedToken_isRetriedOnceWithTheNewerTokenTheSourceGives() {
    String old = sandbox.standIn.issueToken();
    sandbox.standIn.expireToken(old);
    String fresh = sandbox.standIn.issueToken();
    TokenSource rotating =
        new TokenSource() {
          @Override
          public String accessToken() {
            return old;
          }

          @Override
          public String refreshAfterRejection(String rejected) {
            return fresh;
          }
        };

    List<Task> tasks;
    try (Stream<TaskPage> pages =
        sandbox.adapters.taskProvider().fetch(FetchRequest.full(sandbox.integration, rotating))) {
      tasks = pages.flatMap(p -> p.tasks().stream()).toList();
    }

    assertThat(tasks).hasSize(expectedVisible());
  }

  /**
   * 250 tasks, less the archived list's 15 and the 17 archived tasks of active lists (archived
   * lists and tasks are not asked for here).
   */
  private static int expectedVisible() {
    return 250 - 15 - 17;
  }
}
