package io.tasksync.adapter.asana;

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
import io.tasksync.port.out.ProviderUnavailableException;
import io.tasksync.port.out.TokenSource;
import io.tasksync.port.out.UnexpectedPayloadException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * Asana's REST API through the kit's {@link ProviderHttp}: the per-grant budget and bound on
 * requests in flight as its pacer, Asana's error answers read into the ports' exceptions (a 429
 * also holds back the grant's other requests for its Retry-After).
 */
final class AsanaHttp {

  private static final Pattern NUMERIC_SEGMENT = Pattern.compile("/\\d+(?=/|$)");

  private final AsanaConfig config;
  private final ObjectMapper json;
  private final AsanaBudget budget;
  private final ProviderHttp http;

  AsanaHttp(
      AsanaConfig config, ObjectMapper json, AsanaBudget budget, ProviderCallObserver observer) {
    this.config = config;
    this.json = json;
    this.budget = budget;
    this.http =
        new ProviderHttp(
            Provider.ASANA,
            "Asana",
            config.http(),
            new GrantPacer(budget, new AsanaConcurrency(config.budget().maxConcurrentRequests())),
            observer,
            Pause.REAL);
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
    return http.call(
        budgetKey,
        tokens,
        operation(body == null ? "GET" : "POST", path),
        token -> {
          HttpRequest.Builder request =
              HttpRequest.newBuilder(URI.create(config.urls().api() + path));
          return body == null
              ? request.GET()
              : request
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        },
        (token, response) -> interpret(response, path, budgetKey));
  }

  /** The method and the path without its query, numeric ids replaced by {@code {gid}}. */
  static String operation(String method, String path) {
    int query = path.indexOf('?');
    String bare = query < 0 ? path : path.substring(0, query);
    return method + " " + NUMERIC_SEGMENT.matcher(bare).replaceAll("/{gid}");
  }

  private Verdict<JsonNode> interpret(
      HttpResponse<InputStream> response, String path, String budgetKey) throws IOException {
    int status = response.statusCode();
    String where = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
    byte[] body = response.body().readAllBytes();
    if (status == 200 || status == 201) {
      return Verdict.done(parse(body, where));
    }
    String message = errorMessage(body);
    switch (status) {
      case 401:
        return Verdict.tokenRejected(
            () ->
                new AuthorizationException(
                    AuthorizationException.Reason.EXPIRED,
                    "Asana rejected the access token even after a refresh; reconnect Asana"));
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
        throw new AsanaFailure.SyncTokenExpired(parse(body, where).path("sync").asText(null));
      case 429:
        Duration wait = retryAfter(response);
        budget.pause(budgetKey, wait);
        return Verdict.rateLimited(wait, "Asana's rate limit was hit");
      default:
        if (status >= 500) {
          throw new ProviderUnavailableException(
              "Asana answered HTTP "
                  + status
                  + " for "
                  + where
                  + " ("
                  + message
                  + "); the sync retries from its checkpoint");
        }
        throw new UnexpectedPayloadException(
            "Asana answered HTTP " + status + " for " + where + ": " + message);
    }
  }

  /** The Retry-After, at most the longest wait Asana's calls make themselves. */
  private Duration retryAfter(HttpResponse<?> response) {
    long seconds = response.headers().firstValue("Retry-After").map(AsanaHttp::seconds).orElse(30L);
    Duration wait = Duration.ofSeconds(Math.max(1, seconds));
    Duration longest = config.http().maxRateLimitWait();
    return wait.compareTo(longest) > 0 ? longest : wait;
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

  /**
   * The grant's pacing: a slot below the concurrent-request limit first, then the budget's permit,
   * so a permit is spent at once rather than after a wait for a slot.
   */
  private static final class GrantPacer implements Pacer {
    private final AsanaBudget budget;
    private final AsanaConcurrency concurrency;

    GrantPacer(AsanaBudget budget, AsanaConcurrency concurrency) {
      this.budget = budget;
      this.concurrency = concurrency;
    }

    @Override
    public Duration acquire(String key) throws InterruptedException {
      concurrency.enter(key);
      try {
        return budget.acquire(key);
      } catch (RuntimeException | InterruptedException e) {
        concurrency.leave(key);
        throw e;
      }
    }

    @Override
    public void release(String key) {
      concurrency.leave(key);
    }
  }
}
