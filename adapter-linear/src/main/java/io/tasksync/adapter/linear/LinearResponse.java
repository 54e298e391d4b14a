package io.tasksync.adapter.linear;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tasksync.port.out.AuthorizationException;
import io.tasksync.port.out.ProviderUnavailableException;
import io.tasksync.port.out.UnexpectedPayloadException;
import java.io.IOException;

/**
 * One GraphQL answer from Linear, classified. Linear reports errors in the body, often with HTTP
 * 200 or 400, so the GraphQL {@code extensions.code} decides as much as the status does.
 */
final class LinearResponse {

  private final int status;
  private final JsonNode body;
  private final int length;

  private LinearResponse(int status, JsonNode body, int length) {
    this.status = status;
    this.body = body;
    this.length = length;
  }

  static LinearResponse of(int status, byte[] bytes, ObjectMapper json) {
    JsonNode body;
    try {
      body = bytes.length == 0 ? null : json.readTree(bytes);
    } catch (IOException e) {
      body = null;
    }
    return new LinearResponse(status, body, bytes.length);
  }

  boolean isRateLimited() {
    return status == 429 || hasError("RATELIMITED", "ratelimited");
  }

  boolean isUnauthenticated() {
    return status == 401 || hasError("AUTHENTICATION_ERROR", "authentication error");
  }

  /**
   * The {@code data} of a successful answer.
   *
   * @throws ProviderUnavailableException on 5xx
   * @throws AuthorizationException on 403 / FORBIDDEN
   * @throws UnexpectedPayloadException on malformed JSON, GraphQL errors or any other status
   */
  JsonNode dataOrThrow() {
    if (status >= 500) {
      throw new ProviderUnavailableException(
          "Linear answered HTTP " + status + "; it is unavailable for now, try again later");
    }
    if (status == 403 || hasError("FORBIDDEN", "forbidden")) {
      throw new AuthorizationException(
          AuthorizationException.Reason.MISSING_SCOPE,
          "Linear refused access (FORBIDDEN): the connection lacks the read scope or access to"
              + " this workspace; reconnect Linear");
    }
    if (status == 404) {
      throw new UnexpectedPayloadException(
          "Linear's GraphQL endpoint was not found (HTTP 404); check the Linear API base URL");
    }
    if (body == null || !body.isObject()) {
      throw new UnexpectedPayloadException(
          "Linear answered HTTP "
              + status
              + " with malformed or truncated JSON ("
              + length
              + " bytes)");
    }
    JsonNode errors = body.path("errors");
    if (errors.isArray() && errors.size() > 0) {
      JsonNode first = errors.get(0);
      throw new UnexpectedPayloadException(
          "Linear refused the query: "
              + first.path("message").asText("no message")
              + " ("
              + first.path("extensions").path("code").asText("no code")
              + ", HTTP "
              + status
              + ")");
    }
    if (status != 200) {
      throw new UnexpectedPayloadException("Linear answered HTTP " + status + " without errors");
    }
    JsonNode data = body.path("data");
    if (!data.isObject()) {
      throw new UnexpectedPayloadException("Linear's answer has no data object");
    }
    return data;
  }

  private boolean hasError(String code, String type) {
    if (body == null) {
      return false;
    }
    for (JsonNode error : body.path("errors")) {
      JsonNode extensions = error.path("extensions");
      if (code.equals(extensions.path("code").asText())
          || type.equalsIgnoreCase(extensions.path("type").asText())) {
        return true;
      }
    }
    return false;
  }
}
