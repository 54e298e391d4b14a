package io.tasksync.adapter.linear;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tasksync.domain.Provider;
import io.tasksync.kit.http.Pacer;
import io.tasksync.kit.http.Pause;
import io.tasksync.kit.http.ProviderHttp;
import io.tasksync.kit.http.Verdict;
import io.tasksync.port.out.AuthorizationException;
import io.tasksync.port.out.ProviderCallObserver;
import io.tasksync.port.out.RateLimitedException;
import io.tasksync.port.out.TokenSource;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * Posts GraphQL documents to Linear through the kit's {@link ProviderHttp}, paced by the token's
 * budgets: RATELIMITED (also as HTTP 400) is a rate-limit refusal, 401 / AUTHENTICATION_ERROR a
 * rejected token, and {@link LinearResponse} reads every other answer.
 */
final class LinearGraphQlClient {

  private final LinearConfig config;
  private final ObjectMapper json;
  private final LinearBudgets budgets;
  private final Clock clock;
  private final ProviderHttp http;

  LinearGraphQlClient(
      LinearConfig config,
      ObjectMapper json,
      LinearBudgets budgets,
      Clock clock,
      Pause pause,
      ProviderCallObserver observer) {
    this.config = config;
    this.json = json;
    this.budgets = budgets;
    this.clock = clock;
    this.http =
        new ProviderHttp(
            Provider.LINEAR, "Linear", config.http(), new TokenPacer(pause), observer, pause);
  }

  /** Runs {@code document} and returns its {@code data}. */
  JsonNode execute(String document, Map<String, Object> variables, TokenSource tokens) {
    byte[] body = body(document, variables);
    return http.call(
        tokens,
        "POST /graphql",
        token ->
            HttpRequest.newBuilder(config.graphQlUrl())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)),
        (token, response) -> {
          LinearRateBudget budget = budgets.of(token);
          budget.observe(response.headers(), clock.instant());
          LinearResponse parsed =
              LinearResponse.of(response.statusCode(), response.body().readAllBytes(), json);
          if (parsed.isRateLimited()) {
            return Verdict.rateLimited(
                budget.waitAfterRefusal(clock.instant()),
                "Linear's rate limit for this connection is spent (RATELIMITED)");
          }
          if (parsed.isUnauthenticated()) {
            return Verdict.tokenRejected(
                () ->
                    new AuthorizationException(
                        AuthorizationException.Reason.REVOKED,
                        "Linear rejected the access token even after a refresh; reconnect Linear"));
          }
          return Verdict.done(parsed.dataOrThrow());
        });
  }

  private byte[] body(String document, Map<String, Object> variables) {
    try {
      return json.writeValueAsBytes(Map.of("query", document, "variables", variables));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("the GraphQL variables cannot be written as JSON", e);
    }
  }

  /** Waits for the token's budgets before each request, or leaves a long wait to the sync. */
  private final class TokenPacer implements Pacer {
    private final Pause pause;

    TokenPacer(Pause pause) {
      this.pause = pause;
    }

    @Override
    public Duration acquire(String token) throws InterruptedException {
      Duration wait = budgets.of(token).waitBeforeNext(clock.instant());
      if (wait.isZero()) {
        return wait;
      }
      if (wait.compareTo(config.http().maxRateLimitWait()) > 0) {
        throw new RateLimitedException(
            "Linear's budget for this connection needs " + wait.toSeconds() + " s to refill", wait);
      }
      pause.sleep(wait);
      return wait;
    }
  }
}
