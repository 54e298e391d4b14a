package io.tasksync.kit.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.tasksync.domain.Provider;
import io.tasksync.port.out.AuthorizationException;
import io.tasksync.port.out.ProviderCallObserver;
import io.tasksync.port.out.ProviderUnavailableException;
import io.tasksync.port.out.RateLimitedException;
import io.tasksync.port.out.TokenSource;
import io.tasksync.port.out.UnexpectedPayloadException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The one failure policy of every adapter's HTTP calls, over real HTTP to a local server. */
class ProviderHttpTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final WireMockServer server =
      new WireMockServer(WireMockConfiguration.options().dynamicPort());
  private final List<Duration> pauses = new CopyOnWriteArrayList<>();
  private final List<Integer> statuses = new CopyOnWriteArrayList<>();
  private final ProviderCallObserver observer =
      new ProviderCallObserver() {
        @Override
        public void requestCompleted(
            Provider provider, String operation, int httpStatus, Duration latency) {
          statuses.add(httpStatus);
        }

        @Override
        public void rateLimitWait(Provider provider, Duration wait) {}
      };

  @BeforeEach
  void start() {
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  @Test
  void success_returnsWhatTheReaderRead() {
    server.stubFor(get("/items").willReturn(aResponse().withStatus(200).withBody("{\"n\":3}")));

    JsonNode answer = http(Pacer.NONE).call(TokenSource.fixed("t1"), "GET /items", items(), READER);

    assertThat(answer.path("n").asInt()).isEqualTo(3);
    server.verify(
        getRequestedFor(urlEqualTo("/items"))
            .withHeader("Authorization", equalTo("Bearer t1"))
            .withHeader("Accept", equalTo("application/json")));
    assertThat(statuses).containsExactly(200);
  }

  @Test
  void serverError_isNotRetriedAndFailsAsProviderUnavailable() {
    server.stubFor(get("/items").willReturn(aResponse().withStatus(503)));

    assertThatThrownBy(
            () -> http(Pacer.NONE).call(TokenSource.fixed("t1"), "GET /items", items(), READER))
        .isInstanceOf(ProviderUnavailableException.class)
        .hasMessageContaining("HTTP 503");
    server.verify(1, getRequestedFor(urlEqualTo("/items")));
  }

  @Test
  void rateLimited_waitsTheReportedTimeAndRepeats() {
    sequence(aResponse().withStatus(429).withHeader("Retry-After", "2"), ok());

    JsonNode answer = http(Pacer.NONE).call(TokenSource.fixed("t1"), "GET /items", items(), READER);

    assertThat(answer.path("n").asInt()).isEqualTo(1);
    assertThat(pauses).containsExactly(Duration.ofSeconds(2));
    server.verify(2, getRequestedFor(urlEqualTo("/items")));
  }

  @Test
  void rateLimitedOnEveryAttempt_failsWithTheWaitAfterTheLastAttempt() {
    server.stubFor(
        get("/items").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "2")));

    assertThatThrownBy(
            () -> http(Pacer.NONE).call(TokenSource.fixed("t1"), "GET /items", items(), READER))
        .isInstanceOfSatisfying(
            RateLimitedException.class,
            e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(2)));
    server.verify(3, getRequestedFor(urlEqualTo("/items")));
    assertThat(pauses).hasSize(2);
  }

  @Test
  void rateLimitedLongerThanTheLongestWait_failsAtOnceForTheSyncToWait() {
    server.stubFor(
        get("/items").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "600")));

    assertThatThrownBy(
            () -> http(Pacer.NONE).call(TokenSource.fixed("t1"), "GET /items", items(), READER))
        .isInstanceOfSatisfying(
            RateLimitedException.class,
            e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(600)));
    server.verify(1, getRequestedFor(urlEqualTo("/items")));
    assertThat(pauses).isEmpty();
  }

  @Test
  void rejectedToken_isRefreshedOnceAndTheRequestRepeatedWithTheNewToken() {
    server.stubFor(
        get("/items")
            .withHeader("Authorization", equalTo("Bearer old"))
            .willReturn(aResponse().withStatus(401)));
    server.stubFor(
        get("/items").withHeader("Authorization", equalTo("Bearer new")).willReturn(ok()));
    RotatingTokens tokens = new RotatingTokens("old", "new");

    JsonNode answer = http(Pacer.NONE).call(tokens, "GET /items", items(), READER);

    assertThat(answer.path("n").asInt()).isEqualTo(1);
    assertThat(tokens.refreshes).isEqualTo(1);
  }

  @Test
  void tokenRejectedAgainAfterTheRefresh_failsWithTheReadersAuthorizationError() {
    server.stubFor(get("/items").willReturn(aResponse().withStatus(401)));
    RotatingTokens tokens = new RotatingTokens("old", "new");

    assertThatThrownBy(() -> http(Pacer.NONE).call(tokens, "GET /items", items(), READER))
        .isInstanceOfSatisfying(
            AuthorizationException.class,
            e -> assertThat(e.reason()).isEqualTo(AuthorizationException.Reason.EXPIRED));
    assertThat(tokens.refreshes).isEqualTo(1);
    server.verify(2, getRequestedFor(urlEqualTo("/items")));
  }

  @Test
  void rejectedTokenThatCannotBeRefreshed_failsWithTheReadersAuthorizationError() {
    server.stubFor(get("/items").willReturn(aResponse().withStatus(401)));

    assertThatThrownBy(
            () -> http(Pacer.NONE).call(TokenSource.fixed("t1"), "GET /items", items(), READER))
        .isInstanceOfSatisfying(
            AuthorizationException.class,
            e -> {
              assertThat(e).hasMessage("Acme rejected the token");
              assertThat(e.getSuppressed()).hasOnlyElementsOfType(AuthorizationException.class);
            });
    server.verify(1, getRequestedFor(urlEqualTo("/items")));
  }

  @Test
  void timeout_failsAsProviderUnavailableWithoutRetrying() {
    server.stubFor(get("/items").willReturn(ok().withFixedDelay(3_000)));
    ProviderHttp http =
        new ProviderHttp(
            Provider.ASANA,
            "Acme",
            limits().withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(300)),
            Pacer.NONE,
            observer,
            pauses::add);

    assertThatThrownBy(() -> http.call(TokenSource.fixed("t1"), "GET /items", items(), READER))
        .isInstanceOf(ProviderUnavailableException.class)
        .hasMessageContaining("did not answer");
    server.verify(1, getRequestedFor(urlEqualTo("/items")));
  }

  @Test
  void unreachableHost_failsAsProviderUnavailable() {
    int port = server.port();
    server.stop();

    assertThatThrownBy(
            () ->
                http(Pacer.NONE)
                    .call(
                        TokenSource.fixed("t1"),
                        "GET /items",
                        t ->
                            HttpRequest.newBuilder(
                                URI.create("http://localhost:" + port + "/items")),
                        READER))
        .isInstanceOf(ProviderUnavailableException.class)
        .hasMessageContaining("could not be reached");
  }

  @Test
  void malformedJson_failsAsUnexpectedPayload() {
    server.stubFor(get("/items").willReturn(aResponse().withStatus(200).withBody("{\"n\":")));

    assertThatThrownBy(
            () -> http(Pacer.NONE).call(TokenSource.fixed("t1"), "GET /items", items(), READER))
        .isInstanceOf(UnexpectedPayloadException.class)
        .hasMessageContaining("malformed");
  }

  @Test
  void interruptedWhilePacing_keepsTheFlagAndFailsAsProviderUnavailable() {
    Pacer blocked =
        token -> {
          throw new InterruptedException();
        };

    try {
      assertThatThrownBy(
              () -> http(blocked).call(TokenSource.fixed("t1"), "GET /items", items(), READER))
          .isInstanceOf(ProviderUnavailableException.class)
          .hasMessageStartingWith("interrupted");
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
    server.verify(0, getRequestedFor(urlEqualTo("/items")));
  }

  @Test
  void interruptedWhileWaitingForTheRateLimit_keepsTheFlagAndFailsAsProviderUnavailable() {
    server.stubFor(
        get("/items").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "2")));
    ProviderHttp http =
        new ProviderHttp(
            Provider.ASANA,
            "Acme",
            limits(),
            Pacer.NONE,
            observer,
            d -> {
              throw new InterruptedException();
            });

    try {
      assertThatThrownBy(() -> http.call(TokenSource.fixed("t1"), "GET /items", items(), READER))
          .isInstanceOf(ProviderUnavailableException.class)
          .hasMessageStartingWith("interrupted");
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
    server.verify(1, getRequestedFor(urlEqualTo("/items")));
  }

  @Test
  void pacer_isReleasedAfterEveryAnswerEvenAFailedOne() {
    server.stubFor(get("/items").willReturn(aResponse().withStatus(503)));
    List<String> events = new CopyOnWriteArrayList<>();
    Pacer recording =
        new Pacer() {
          @Override
          public Duration acquire(String token) {
            events.add("acquire " + token);
            return Duration.ZERO;
          }

          @Override
          public void release(String token) {
            events.add("release " + token);
          }
        };

    assertThatThrownBy(
            () -> http(recording).call(TokenSource.fixed("t1"), "GET /items", items(), READER))
        .isInstanceOf(ProviderUnavailableException.class);

    assertThat(events).containsExactly("acquire t1", "release t1");
  }

  /** Reads a provider that answers 429 with Retry-After, 401 for a bad token and 5xx when down. */
  private static final ResponseReader<JsonNode> READER =
      (token, response) -> {
        int status = response.statusCode();
        if (status == 429) {
          long seconds = Long.parseLong(response.headers().firstValue("Retry-After").orElse("1"));
          return Verdict.rateLimited(Duration.ofSeconds(seconds), "Acme's rate limit was hit");
        }
        if (status == 401) {
          return Verdict.tokenRejected(
              () ->
                  new AuthorizationException(
                      AuthorizationException.Reason.EXPIRED, "Acme rejected the token"));
        }
        if (status >= 500) {
          throw new ProviderUnavailableException("Acme answered HTTP " + status);
        }
        return Verdict.done(JSON.readTree(response.body()));
      };

  private RequestFactory items() {
    return token -> HttpRequest.newBuilder(URI.create(server.baseUrl() + "/items"));
  }

  private ProviderHttp http(Pacer pacer) {
    return new ProviderHttp(Provider.ASANA, "Acme", limits(), pacer, observer, pauses::add);
  }

  private static HttpLimits limits() {
    return new HttpLimits(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(60), 3);
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder ok() {
    return aResponse().withStatus(200).withBody("{\"n\":1}");
  }

  private void sequence(
      com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder first,
      com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder then) {
    server.stubFor(
        get("/items")
            .inScenario("seq")
            .whenScenarioStateIs(STARTED)
            .willReturn(first)
            .willSetStateTo("second"));
    server.stubFor(get("/items").inScenario("seq").whenScenarioStateIs("second").willReturn(then));
  }

  private static final class RotatingTokens implements TokenSource {
    private final String first;
    private final String second;
    private int refreshes;

    RotatingTokens(String first, String second) {
      this.first = first;
      this.second = second;
    }

    @Override
    public String accessToken() {
      return first;
    }

    @Override
    public String refreshAfterRejection(String rejected) {
      refreshes++;
      return second;
    }
  }
}
