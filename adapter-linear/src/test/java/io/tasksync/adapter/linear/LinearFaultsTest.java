package io.tasksync.adapter.linear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tasksync.port.out.AuthorizationException;
import io.tasksync.port.out.FetchRequest;
import io.tasksync.port.out.ProviderUnavailableException;
import io.tasksync.port.out.RateLimitedException;
import io.tasksync.port.out.TaskPage;
import io.tasksync.port.out.TaskProvider;
import io.tasksync.port.out.TokenSource;
import io.tasksync.port.out.UnexpectedPayloadException;
import io.tasksync.sandbox.linear.LinearStandIn;
import io.tasksync.sandbox.linear.LinearStandInConfig;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each way Linear can fail maps to the ports' exception family, and no listing ends early. */
class LinearFaultsTest {

  private static LinearStandIn standIn;

  @BeforeAll
  static void start() {
    standIn =
        LinearStandIn.start(
            LinearStandInConfig.defaults()
                .withWorkspace(3, 60)
                .withLimits(5_000, 2_000_000, Duration.ofSeconds(3)));
  }

  @AfterAll
  static void stop() {
    standIn.close();
  }

  private static List<TaskPage> fetchAll(LinearConfig config, TokenSource tokens) {
    TaskProvider provider = LinearTestSupport.adapters(config).taskProvider();
    try (Stream<TaskPage> pages =
        provider.fetch(FetchRequest.full(LinearTestSupport.integration(), tokens))) {
      return pages.toList();
    }
  }

  private static List<TaskPage> fetchAll() {
    return fetchAll(
        LinearTestSupport.configFor(standIn).withPageSize(20),
        TokenSource.fixed(standIn.issueToken().accessToken()));
  }

  @Test
  void serverError_isProviderUnavailable() {
    standIn.failNext(1, 502);

    assertThatThrownBy(LinearFaultsTest::fetchAll)
        .isInstanceOf(ProviderUnavailableException.class)
        .hasMessageContaining("502");
  }

  @Test
  void slowAnswer_timesOutAsProviderUnavailable() {
    standIn.delayNext(1, Duration.ofMillis(1500));
    LinearConfig config =
        LinearTestSupport.configFor(standIn)
            .withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(300));

    assertThatThrownBy(
            () -> fetchAll(config, TokenSource.fixed(standIn.issueToken().accessToken())))
        .isInstanceOf(ProviderUnavailableException.class)
        .hasMessageContaining("did not answer");
  }

  @Test
  void truncatedBody_isUnexpectedPayload() {
    standIn.truncateNext(1);

    assertThatThrownBy(LinearFaultsTest::fetchAll)
        .isInstanceOf(UnexpectedPayloadException.class)
        .hasMessageContaining("truncated");
  }

  @Test
  void ratelimitedAs400_beyondTheWaitBound_isRateLimitedWithARetryTime() {
    standIn.rateLimitStorm(1);
    LinearConfig config = LinearTestSupport.configFor(standIn).withMaxRateLimitWait(Duration.ZERO);

    assertThatThrownBy(
            () -> fetchAll(config, TokenSource.fixed(standIn.issueToken().accessToken())))
        .isInstanceOfSatisfying(
            RateLimitedException.class, e -> assertThat(e.retryAfter()).isPositive());
  }

  @Test
  void ratelimitedAs400_withinTheWaitBound_waitsForTheRefillAndCompletes() {
    long before = standIn.rateLimitedResponses();
    standIn.rateLimitStorm(1);

    List<TaskPage> pages = fetchAll();

    assertThat(standIn.rateLimitedResponses()).isEqualTo(before + 1);
    assertThat(pages.stream().mapToInt(p -> p.tasks().size()).sum()).isEqualTo(60);
  }

  @Test
  void expiredToken_isRefreshedOnceAndTheListingCompletes() {
    String stale = standIn.issueToken().accessToken();
    standIn.expireAccessTokens();
    AtomicInteger refreshes = new AtomicInteger();
    TokenSource tokens =
        new TokenSource() {
          @Override
          public String accessToken() {
            return stale;
          }

          @Override
          public String refreshAfterRejection(String rejected) {
            refreshes.incrementAndGet();
            return standIn.issueToken().accessToken();
          }
        };

    List<TaskPage> pages = fetchAll(LinearTestSupport.configFor(standIn), tokens);

    assertThat(refreshes).hasValue(1);
    assertThat(pages.stream().mapToInt(p -> p.tasks().size()).sum()).isEqualTo(60);
  }

  @Test
  void tokenRejectedAgainAfterRefresh_isAnAuthorizationError() {
    TokenSource tokens =
        new TokenSource() {
          @Override
          public String accessToken() {
            return "lin_oauth_unknown";
          }

          @Override
          public String refreshAfterRejection(String rejected) {
            return "lin_oauth_still_unknown";
          }
        };

    assertThatThrownBy(() -> fetchAll(LinearTestSupport.configFor(standIn), tokens))
        .isInstanceOfSatisfying(
            AuthorizationException.class,
            e -> assertThat(e.reason()).isEqualTo(AuthorizationException.Reason.REVOKED));
  }

  @Test
  void graphQlErrorWithStatus200_isUnexpectedPayload() {
    String body =
        "{\"data\":null,\"errors\":[{\"message\":\"Internal error\",\"extensions\":"
            + "{\"code\":\"UNKNOWN_ERROR\",\"type\":\"internal error\"}}]}";

    assertThatThrownBy(() -> fetchCanned(200, body))
        .isInstanceOf(UnexpectedPayloadException.class)
        .hasMessageContaining("UNKNOWN_ERROR");
  }

  @Test
  void forbidden_isAMissingScope() {
    String body =
        "{\"errors\":[{\"message\":\"Forbidden\",\"extensions\":{\"code\":\"FORBIDDEN\","
            + "\"type\":\"forbidden\"}}]}";

    assertThatThrownBy(() -> fetchCanned(403, body))
        .isInstanceOfSatisfying(
            AuthorizationException.class,
            e -> assertThat(e.reason()).isEqualTo(AuthorizationException.Reason.MISSING_SCOPE));
  }

  @Test
  void notFound_isUnexpectedPayloadNamingTheBaseUrl() {
    assertThatThrownBy(() -> fetchCanned(404, "Not found"))
        .isInstanceOf(UnexpectedPayloadException.class)
        .hasMessageContaining("base URL");
  }

  @Test
  void http429WithResetHeaders_isRateLimitedUntilTheReset() {
    long reset = System.currentTimeMillis() + 600_000;
    Map<String, String> headers =
        Map.of(
            "X-RateLimit-Requests-Limit", "5000",
            "X-RateLimit-Requests-Remaining", "0",
            "X-RateLimit-Requests-Reset", Long.toString(reset));

    try (CannedLinear canned = CannedLinear.answering(429, headers, "{}")) {
      LinearConfig config =
          LinearTestSupport.configFor(standIn).withBaseUrls(canned.baseUrl(), canned.baseUrl());
      assertThatThrownBy(() -> fetchAll(config, TokenSource.fixed("t")))
          .isInstanceOfSatisfying(
              RateLimitedException.class,
              e -> assertThat(e.retryAfter()).isBetween(Duration.ZERO, Duration.ofMinutes(10)));
    }
  }

  @Test
  void pageWithoutPageInfo_isUnexpectedPayload() {
    String body = "{\"data\":{\"issues\":{\"nodes\":[]}}}";

    assertThatThrownBy(() -> fetchCanned(200, body))
        .isInstanceOf(UnexpectedPayloadException.class)
        .hasMessageContaining("pageInfo");
  }

  @Test
  void moreIssuesWithoutACursor_isUnexpectedPayload() {
    String body =
        "{\"data\":{\"issues\":{\"nodes\":[],\"pageInfo\":{\"hasNextPage\":true,\"endCursor\":null}}}}";

    assertThatThrownBy(() -> fetchCanned(200, body))
        .isInstanceOf(UnexpectedPayloadException.class)
        .hasMessageContaining("endCursor");
  }

  @Test
  void issueOfTheWrongShape_isSkippedAndNamed_notASunkPage() {
    String body =
        "{\"data\":{\"issues\":{\"nodes\":[{\"id\":\"a\",\"updatedAt\":\"yesterday\"}],"
            + "\"pageInfo\":{\"hasNextPage\":false,\"endCursor\":\"a\"}}}}";

    List<TaskPage> pages = fetchCanned(200, body);

    assertThat(pages).singleElement().satisfies(p -> assertThat(p.tasks()).isEmpty());
    assertThat(pages.get(0).unmapped())
        .singleElement()
        .satisfies(u -> assertThat(u.providerId()).isEqualTo("a"))
        .satisfies(u -> assertThat(u.reason()).contains("updatedAt"));
  }

  private static List<TaskPage> fetchCanned(int status, String body) {
    try (CannedLinear canned = CannedLinear.answering(status, body)) {
      LinearConfig config =
          LinearTestSupport.configFor(standIn).withBaseUrls(canned.baseUrl(), canned.baseUrl());
      return fetchAll(config, TokenSource.fixed("t"));
    }
  }
}
