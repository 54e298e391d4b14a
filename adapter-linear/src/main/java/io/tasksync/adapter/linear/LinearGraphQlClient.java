package io.tasksync.adapter.linear;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tasksync.domain.Provider;
import io.tasksync.port.out.AuthorizationException;
import io.tasksync.port.out.ProviderCallObserver;
import io.tasksync.port.out.ProviderUnavailableException;
import io.tasksync.port.out.RateLimitedException;
import io.tasksync.port.out.TokenSource;
import io.tasksync.port.out.UnexpectedPayloadException;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * Posts GraphQL documents to Linear with a bearer token, paced by the token's budgets, and turns
 * every failure into the ports' exception family: RATELIMITED (also as HTTP 400) into a bounded
 * wait or {@link RateLimitedException}, 401 / AUTHENTICATION_ERROR into one refresh then {@link
 * AuthorizationException}, 5xx and timeouts into {@link ProviderUnavailableException}, malformed
 * JSON and GraphQL errors into {@link UnexpectedPayloadException}.
 */
final class LinearGraphQlClient {

  /** Waits; a seam so tests need not sleep. */
  @FunctionalInterface
  interface Pause {
    Pause REAL = d -> Thread.sleep(d.toMillis());

    void sleep(Duration duration) throws InterruptedException;
  }

  private static final int MAX_RATE_LIMIT_RETRIES = 3;

  private final LinearConfig config;
  private final HttpClient http;
  private final ObjectMapper json;
  private final LinearBudgets budgets;
  private final Clock clock;
  private final Pause pause;
  private final ProviderCallObserver observer;

  LinearGraphQlClient(
      LinearConfig config,
      ObjectMapper json,
      LinearBudgets budgets,
      Clock clock,
      Pause pause,
      ProviderCallObserver observer) {
    this.observer = observer;
    this.config = config;
    this.http = HttpClient.newBuilder().connectTimeout(config.connectTimeout()).build();
    this.json = json;
    this.budgets = budgets;
    this.clock = clock;
    this.pause = pause;
  }

  /** Runs {@code document} and returns its {@code data}. */
  JsonNode execute(String document, Map<String, Object> variables, TokenSource tokens) {
    byte[] body = body(document, variables);
    String token = tokens.accessToken();
    boolean refreshed = false;
    int rateLimited = 0;
    while (true) {
      LinearRateBudget budget = budgets.of(token);
      waitFor(budget.waitBeforeNext(clock.instant()));
      HttpResponse<byte[]> response = send(token, body);
      budget.observe(response.headers(), clock.instant());
      LinearResponse parsed = LinearResponse.of(response.statusCode(), response.body(), json);
      if (parsed.isRateLimited()) {
        Duration wait = budget.waitAfterRefusal(clock.instant());
        if (++rateLimited > MAX_RATE_LIMIT_RETRIES
            || wait.compareTo(config.maxRateLimitWait()) > 0) {
          throw new RateLimitedException(
              "Linear's rate limit for this connection is spent (RATELIMITED); it refills in about "
                  + wait.toSeconds()
                  + " s",
              wait);
        }
        waitFor(wait);
        continue;
      }
      if (parsed.isUnauthenticated()) {
        if (refreshed) {
          throw new AuthorizationException(
              AuthorizationException.Reason.REVOKED,
              "Linear rejected the access token even after a refresh; reconnect Linear");
        }
        token = tokens.refreshAfterRejection(token);
        refreshed = true;
        continue;
      }
      return parsed.dataOrThrow();
    }
  }

  private void waitFor(Duration wait) {
    if (wait.isZero()) {
      return;
    }
    if (wait.compareTo(config.maxRateLimitWait()) > 0) {
      throw new RateLimitedException(
          "Linear's budget for this connection needs " + wait.toSeconds() + " s to refill", wait);
    }
    try {
      pause.sleep(wait);
      observer.rateLimitWait(Provider.LINEAR, wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProviderUnavailableException("interrupted while pacing requests to Linear", e);
    }
  }

  private HttpResponse<byte[]> send(String token, byte[] body) {
    HttpRequest request =
        HttpRequest.newBuilder(config.graphQlUrl())
            .timeout(config.requestTimeout())
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    long started = System.nanoTime();
    int status = 0;
    try {
      HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      status = response.statusCode();
      return response;
    } catch (HttpTimeoutException e) {
      throw new ProviderUnavailableException(
          "Linear did not answer within " + config.requestTimeout().toSeconds() + " s", e);
    } catch (IOException e) {
      throw new ProviderUnavailableException(
          "Linear could not be reached at "
              + config.graphQlUrl()
              + ": "
              + e.getClass().getSimpleName(),
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProviderUnavailableException("interrupted while waiting for Linear", e);
    } finally {
      observer.requestCompleted(
          Provider.LINEAR, "POST /graphql", status, Duration.ofNanos(System.nanoTime() - started));
    }
  }

  private byte[] body(String document, Map<String, Object> variables) {
    try {
      return json.writeValueAsBytes(Map.of("query", document, "variables", variables));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("the GraphQL variables cannot be written as JSON", e);
    }
  }
}
