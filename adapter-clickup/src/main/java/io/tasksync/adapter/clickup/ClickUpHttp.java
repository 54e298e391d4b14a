package io.tasksync.adapter.clickup;

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
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * Calls ClickUp's API v2 with a token: paces requests through the token's budget, waits out a 429
 * until the reported reset (bounded), tries a newer token once after a token-level 401, and maps
 * every failure to the ports' exceptions.
 */
final class ClickUpHttp {

  static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int MAX_RATE_LIMITED_TRIES = 3;

  private static final Pattern ID_SEGMENT = Pattern.compile("/(?=[^/]*\\d)[^/]+");

  /** Reads a successful body. */
  @FunctionalInterface
  interface BodyReader<T> {
    T read(InputStream body) throws IOException;
  }

  private final HttpClient client;
  private final URI apiBase;
  private final Duration requestTimeout;
  private final Duration maxWait;
  private final ClickUpRateBudget budget;
  private final ProviderCallObserver observer;

  ClickUpHttp(ClickUpConfig config, ClickUpRateBudget budget, ProviderCallObserver observer) {
    this.observer = observer;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(config.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    String base = config.apiBaseUrl().toString();
    this.apiBase = URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
    this.requestTimeout = config.requestTimeout();
    this.maxWait = config.maxRateLimitWait();
    this.budget = budget;
  }

  JsonNode get(TokenSource tokens, String pathAndQuery, String what) {
    return send(tokens, pathAndQuery, null, what, MAPPER::readTree);
  }

  JsonNode post(TokenSource tokens, String path, JsonNode body, String what) {
    return send(tokens, path, body, what, MAPPER::readTree);
  }

  <T> T stream(TokenSource tokens, String pathAndQuery, String what, BodyReader<T> reader) {
    return send(tokens, pathAndQuery, null, what, reader);
  }

  private <T> T send(
      TokenSource tokens, String path, JsonNode body, String what, BodyReader<T> reader) {
    String token = tokens.accessToken();
    boolean triedNewer = false;
    int limited = 0;
    while (true) {
      acquire(token);
      HttpResponse<InputStream> response =
          exchange(
              request(path, body, token), operation(body == null ? "GET" : "POST", path), what);
      budget.observe(
          token,
          response.headers().firstValue("X-RateLimit-Limit").orElse(null),
          response.headers().firstValue("X-RateLimit-Remaining").orElse(null),
          response.headers().firstValue("X-RateLimit-Reset").orElse(null));
      int status = response.statusCode();
      if (status / 100 == 2) {
        return read(response.body(), what, reader);
      }
      JsonNode error = errorBody(response.body());
      String ecode = error.path("ECODE").isTextual() ? error.path("ECODE").asText() : null;
      String err = error.path("err").isTextual() ? error.path("err").asText() : null;
      if (status == 429) {
        Duration wait = budget.untilReset(token).plusMillis(100);
        if (++limited >= MAX_RATE_LIMITED_TRIES || wait.compareTo(maxWait) > 0) {
          throw new RateLimitedException(
              "ClickUp's rate limit was hit while requesting "
                  + what
                  + " ("
                  + ecode
                  + "); it resets"
                  + " in "
                  + wait.toSeconds()
                  + " s",
              wait);
        }
        pause(wait);
        observer.rateLimitWait(Provider.CLICKUP, wait);
        continue;
      }
      if (ClickUpErrors.isTokenRejected(status, ecode) && !triedNewer) {
        triedNewer = true;
        try {
          token = tokens.refreshAfterRejection(token);
        } catch (AuthorizationException e) {
          throw new AuthorizationException(
              AuthorizationException.Reason.REVOKED,
              ClickUpErrors.revoked(" (HTTP 401, " + ecode + ")").getMessage(),
              e);
        }
        continue;
      }
      throw ClickUpErrors.of(status, ecode, err, what);
    }
  }

  private HttpRequest request(String path, JsonNode body, String token) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(apiBase + "/api/v2" + path))
            .timeout(requestTimeout)
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/json");
    if (body == null) {
      return b.GET().build();
    }
    return b.header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
        .build();
  }

  private void acquire(String token) {
    Duration waited = budget.acquire(token);
    if (!waited.isZero()) {
      observer.rateLimitWait(Provider.CLICKUP, waited);
    }
  }

  /** The method and the path without its query, each segment holding a digit shown as {id}. */
  static String operation(String method, String path) {
    int query = path.indexOf('?');
    String bare = query < 0 ? path : path.substring(0, query);
    return method + " " + ID_SEGMENT.matcher(bare).replaceAll("/{id}");
  }

  private HttpResponse<InputStream> exchange(HttpRequest request, String operation, String what) {
    long started = System.nanoTime();
    int status = 0;
    try {
      HttpResponse<InputStream> response =
          client.send(request, HttpResponse.BodyHandlers.ofInputStream());
      status = response.statusCode();
      return response;
    } catch (HttpTimeoutException e) {
      throw new ProviderUnavailableException(
          "ClickUp did not answer "
              + what
              + " within "
              + requestTimeout.toSeconds()
              + " s; the sync retries from its checkpoint",
          e);
    } catch (IOException e) {
      throw new ProviderUnavailableException(
          "could not reach ClickUp for "
              + what
              + " ("
              + e.getClass().getSimpleName()
              + "); check the network, the sync retries from its checkpoint",
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProviderUnavailableException(
          "interrupted while requesting " + what + " from ClickUp", e);
    } finally {
      observer.requestCompleted(
          Provider.CLICKUP, operation, status, Duration.ofNanos(System.nanoTime() - started));
    }
  }

  private static <T> T read(InputStream in, String what, BodyReader<T> reader) {
    try (InputStream body = in) {
      T value = reader.read(body);
      if (value == null) {
        throw new UnexpectedPayloadException("ClickUp sent an empty body for " + what);
      }
      return value;
    } catch (JsonProcessingException e) {
      throw new UnexpectedPayloadException(
          "ClickUp sent malformed or truncated JSON for " + what + ": " + e.getOriginalMessage(),
          e);
    } catch (IOException e) {
      throw new ProviderUnavailableException(
          "the connection to ClickUp broke while reading "
              + what
              + "; the sync retries from its checkpoint",
          e);
    }
  }

  private static JsonNode errorBody(InputStream in) {
    try (InputStream body = in) {
      byte[] bytes = body.readNBytes(16 * 1024);
      JsonNode node = MAPPER.readTree(bytes);
      return node == null ? MAPPER.createObjectNode() : node;
    } catch (IOException e) {
      return MAPPER.createObjectNode();
    }
  }

  private static void pause(Duration wait) {
    try {
      Thread.sleep(wait.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RateLimitedException("interrupted while waiting for ClickUp's rate limit", wait);
    }
  }
}
