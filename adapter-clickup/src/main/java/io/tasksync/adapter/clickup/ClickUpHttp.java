package io.tasksync.adapter.clickup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tasksync.domain.Provider;
import io.tasksync.kit.http.Pause;
import io.tasksync.kit.http.ProviderHttp;
import io.tasksync.kit.http.Verdict;
import io.tasksync.port.out.ProviderCallObserver;
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
 * ClickUp's API v2 through the kit's {@link ProviderHttp}: the token's budget as its pacer, the
 * rate-limit headers of every answer fed back to it, a 429 waited out until the reported reset, a
 * token-level 401 refreshed once, and ClickUp's {@code ECODE}s read by {@link ClickUpErrors}.
 */
final class ClickUpHttp {

  static final ObjectMapper MAPPER = new ObjectMapper();

  private static final Pattern ID_SEGMENT = Pattern.compile("/(?=[^/]*\\d)[^/]+");

  /** Reads a successful body. */
  @FunctionalInterface
  interface BodyReader<T> {
    T read(InputStream body) throws IOException;
  }

  private final URI apiBase;
  private final ClickUpRateBudget budget;
  private final ProviderHttp http;

  ClickUpHttp(ClickUpConfig config, ClickUpRateBudget budget, ProviderCallObserver observer) {
    this.apiBase = config.urls().api();
    this.budget = budget;
    this.http =
        new ProviderHttp(
            Provider.CLICKUP, "ClickUp", config.http(), budget::acquire, observer, Pause.REAL);
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
    return http.call(
        tokens,
        operation(body == null ? "GET" : "POST", path),
        token -> {
          HttpRequest.Builder request =
              HttpRequest.newBuilder(URI.create(apiBase + "/api/v2" + path));
          return body == null
              ? request.GET()
              : request
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        },
        (token, response) -> interpret(token, response, what, reader));
  }

  private <T> Verdict<T> interpret(
      String token, HttpResponse<InputStream> response, String what, BodyReader<T> reader)
      throws IOException {
    budget.observe(
        token,
        response.headers().firstValue("X-RateLimit-Limit").orElse(null),
        response.headers().firstValue("X-RateLimit-Remaining").orElse(null),
        response.headers().firstValue("X-RateLimit-Reset").orElse(null));
    int status = response.statusCode();
    if (status / 100 == 2) {
      T value = reader.read(response.body());
      if (value == null) {
        throw new UnexpectedPayloadException("ClickUp sent an empty body for " + what);
      }
      return Verdict.done(value);
    }
    JsonNode error = errorBody(response.body());
    String ecode = error.path("ECODE").isTextual() ? error.path("ECODE").asText() : null;
    String err = error.path("err").isTextual() ? error.path("err").asText() : null;
    if (status == 429) {
      Duration wait = budget.untilReset(token).plusMillis(100);
      return Verdict.rateLimited(
          wait, "ClickUp's rate limit was hit while requesting " + what + " (" + ecode + ")");
    }
    if (ClickUpErrors.isTokenRejected(status, ecode)) {
      return Verdict.tokenRejected(() -> ClickUpErrors.revoked(" (HTTP 401, " + ecode + ")"));
    }
    throw ClickUpErrors.of(status, ecode, err, what);
  }

  /** The method and the path without its query, each segment holding a digit shown as {id}. */
  static String operation(String method, String path) {
    int query = path.indexOf('?');
    String bare = query < 0 ? path : path.substring(0, query);
    return method + " " + ID_SEGMENT.matcher(bare).replaceAll("/{id}");
  }

  private static JsonNode errorBody(InputStream body) {
    try {
      JsonNode node = MAPPER.readTree(body.readNBytes(16 * 1024));
      return node == null ? MAPPER.createObjectNode() : node;
    } catch (IOException e) {
      return MAPPER.createObjectNode();
    }
  }
}
