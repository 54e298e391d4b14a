package io.tasksync.adapter.asana;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.tasksync.domain.Provider;
import io.tasksync.port.out.AuthorizationException;
import io.tasksync.port.out.ProviderCallObserver;
import io.tasksync.port.out.ProviderUnavailableException;
import io.tasksync.port.out.RateLimitedException;
import io.tasksync.port.out.TokenSource;
import io.tasksync.port.out.UnexpectedPayloadException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * Asana's REST API over {@link HttpClient}: the per-token budget and bound on requests in flight
 * around each request, one token refresh after a 401, bounded retries (Retry-After on 429, backoff
 * on 5xx and timeouts) and every other failure translated into the ports' exception family.
 */
final class AsanaHttp {

  private static final Pattern NUMERIC_SEGMENT = Pattern.compile("/\\d+(?=/|$)");

  private final AsanaConfig config;
  private final HttpClient client;
  private final ObjectMapper json;
  private final AsanaBudget budget;
  private final AsanaConcurrency concurrency;
  private final RetryConfig retryConfig;
  private final ProviderCallObserver observer;

  AsanaHttp(
      AsanaConfig config, ObjectMapper json, AsanaBudget budget, ProviderCallObserver observer) {
    this.config = config;
    this.json = json;
    this.budget = budget;
    this.concurrency = new AsanaConcurrency(config.maxConcurrentRequests());
    this.observer = observer;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(config.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    IntervalBiFunction<Object> interval =
        (attempt, outcome) -> {
          Throwable failure = outcome.isLeft() ? outcome.getLeft() : null;
          if (failure instanceof AsanaFailure.Retryable
              && ((AsanaFailure.Retryable) failure).rateLimited) {
            return 1L; // the budget itself holds the grant back for Retry-After
          }
          return Math.min(8000L, 250L << Math.min(attempt, 5));
        };
    this.retryConfig =
        RetryConfig.custom()
            .maxAttempts(config.maxAttempts())
            .retryOnException(e -> e instanceof AsanaFailure.Retryable)
            .intervalBiFunction(interval)
            .build();
  }

  /** GETs {@code pathAndQuery} (below the API base) and returns the parsed body. */
  JsonNode get(String budgetKey, TokenSource tokens, String pathAndQuery) {
    return send(budgetKey, tokens, pathAndQuery, null);
  }

  /** POSTs a JSON body and returns the parsed answer. */
  JsonNode post(String budgetKey, TokenSource tokens, String path, Object body) {
    try {
      return send(budgetKey, tokens, path, json.writeValueAsBytes(body));
    } catch (JsonProcessingException e) {
      throw new UnexpectedPayloadException("could not write the request to Asana", e);
    }
  }

  private JsonNode send(String budgetKey, TokenSource tokens, String path, byte[] body) {
    Retry retry = Retry.of("asana", retryConfig);
    String[] token = {tokens.accessToken()};
    boolean[] refreshed = {false};
    try {
      return retry.executeSupplier(
          () -> {
            while (true) {
              HttpResponse<byte[]> response = exchange(budgetKey, token[0], path, body);
              if (response.statusCode() == 401 && !refreshed[0]) {
                refreshed[0] = true;
                token[0] = tokens.refreshAfterRejection(token[0]);
                continue;
              }
              return interpret(response, path, budgetKey);
            }
          });
    } catch (AsanaFailure.Retryable e) {
      if (e.rateLimited) {
        throw new RateLimitedException(
            "Asana's rate limit was still hit after " + config.maxAttempts() + " attempts",
            e.retryAfter);
      }
      throw new ProviderUnavailableException(e.getMessage(), e);
    }
  }

  private void acquire(String budgetKey) {
    Duration waited = budget.acquire(budgetKey);
    if (!waited.isZero()) {
      observer.rateLimitWait(Provider.ASANA, waited);
    }
  }

  /**
   * One request within the grant's bound on requests in flight. The slot is taken before the
   * budget's permit, so a permit is spent at once rather than after a wait for a slot.
   */
  private HttpResponse<byte[]> exchange(String budgetKey, String token, String path, byte[] body) {
    concurrency.enter(budgetKey);
    try {
      acquire(budgetKey);
      return exchange(token, path, body);
    } finally {
      concurrency.leave(budgetKey);
    }
  }

  private HttpResponse<byte[]> exchange(String token, String path, byte[] body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(config.apiBaseUrl() + path))
            .timeout(config.requestTimeout())
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/json");
    if (body == null) {
      request.GET();
    } else {
      request.header("Content-Type", "application/json");
      request.POST(HttpRequest.BodyPublishers.ofByteArray(body));
    }
    String operation = operation(body == null ? "GET" : "POST", path);
    long started = System.nanoTime();
    int status = 0;
    try {
      HttpResponse<byte[]> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      status = response.statusCode();
      return response;
    } catch (HttpTimeoutException e) {
      throw new AsanaFailure.Retryable(
          "Asana did not answer within " + config.requestTimeout().toSeconds() + " s",
          null,
          false,
          e);
    } catch (IOException e) {
      throw new AsanaFailure.Retryable(
          "Asana could not be reached (" + e.getClass().getSimpleName() + ")", null, false, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProviderUnavailableException("interrupted while calling Asana", e);
    } finally {
      observer.requestCompleted(
          Provider.ASANA, operation, status, Duration.ofNanos(System.nanoTime() - started));
    }
  }

  /** The method and the path without its query, numeric ids replaced by {@code {gid}}. */
  static String operation(String method, String path) {
    int query = path.indexOf('?');
    String bare = query < 0 ? path : path.substring(0, query);
    return method + " " + NUMERIC_SEGMENT.matcher(bare).replaceAll("/{gid}");
  }

  private JsonNode interpret(HttpResponse<byte[]> response, String path, String budgetKey) {
    int status = response.statusCode();
    String where = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
    if (status == 200 || status == 201) {
      return parse(response.body(), where);
    }
    String message = errorMessage(response.body());
    switch (status) {
      case 401:
        throw new AuthorizationException(
            AuthorizationException.Reason.EXPIRED,
            "Asana rejected the access token even after a refresh; reconnect Asana");
      case 402:
      case 403:
        throw new AuthorizationException(
            AuthorizationException.Reason.MISSING_SCOPE,
            "Asana refused access to "
                + where
                + " (HTTP "
                + status
                + ": "
                + message
                + "); reconnect Asana with a user who can see it");
      case 404:
        throw new AsanaFailure.NotFound(
            "Asana does not know " + where + " (HTTP 404: " + message + ")");
      case 400:
        if (path.contains("offset=") && message.toLowerCase().contains("offset")) {
          throw new AsanaFailure.OffsetExpired("Asana expired a pagination offset: " + message);
        }
        throw new UnexpectedPayloadException(
            "Asana rejected the request to " + where + " (HTTP 400: " + message + ")");
      case 412:
        throw new AsanaFailure.SyncTokenExpired(
            parse(response.body(), where).path("sync").asText(null));
      case 429:
        Duration wait = retryAfter(response);
        budget.pause(budgetKey, wait);
        throw new AsanaFailure.Retryable("Asana's rate limit was hit", wait, true, null);
      default:
        if (status >= 500) {
          throw new AsanaFailure.Retryable(
              "Asana answered HTTP "
                  + status
                  + " for "
                  + where
                  + " ("
                  + message
                  + "); the sync retries from its checkpoint",
              null,
              false,
              null);
        }
        throw new UnexpectedPayloadException(
            "Asana answered HTTP " + status + " for " + where + ": " + message);
    }
  }

  private Duration retryAfter(HttpResponse<byte[]> response) {
    long seconds = response.headers().firstValue("Retry-After").map(AsanaHttp::seconds).orElse(30L);
    Duration wait = Duration.ofSeconds(Math.max(1, seconds));
    return wait.compareTo(config.maxRetryAfter()) > 0 ? config.maxRetryAfter() : wait;
  }

  private static long seconds(String text) {
    try {
      return Long.parseLong(text.trim());
    } catch (NumberFormatException e) {
      return 30;
    }
  }

  private JsonNode parse(byte[] body, String where) {
    try {
      JsonNode node = json.readTree(body);
      if (node == null || !node.isObject()) {
        throw new UnexpectedPayloadException(
            "Asana answered " + where + " with something other than a JSON object");
      }
      return node;
    } catch (IOException e) {
      throw new UnexpectedPayloadException(
          "Asana's answer for " + where + " is malformed or truncated JSON", e);
    }
  }

  private String errorMessage(byte[] body) {
    try {
      JsonNode node = json.readTree(body);
      JsonNode first = node == null ? null : node.path("errors").path(0).path("message");
      return first != null && first.isTextual() ? first.asText() : "no error message";
    } catch (IOException e) {
      return "unreadable error body";
    }
  }
}
