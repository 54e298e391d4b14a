package io.tasksync.adapter.clickup;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.scribejava.core.model.Response;
import io.tasksync.domain.OAuthTokens;
import io.tasksync.domain.Provider;
import io.tasksync.kit.oauth.OAuthFailures;
import io.tasksync.kit.oauth.ScribeOAuthClient;
import io.tasksync.port.out.AuthorizationException;
import io.tasksync.port.out.OAuthClient;
import io.tasksync.port.out.ProviderUnavailableException;
import io.tasksync.port.out.UnexpectedPayloadException;
import java.io.IOException;
import java.net.URI;

/**
 * ClickUp's authorization-code flow. Access tokens do not expire, so there is nothing to refresh;
 * there is no revocation endpoint (the user removes the app in ClickUp's settings).
 */
final class ClickUpOAuthClient implements OAuthClient {

  private final ClickUpApi.Service service;
  private final OAuthFailures failures = new OAuthFailures("ClickUp");

  ClickUpOAuthClient(ClickUpConfig config) {
    this.service =
        (ClickUpApi.Service)
            ScribeOAuthClient.service(
                config.app(),
                config.http(),
                null,
                new ClickUpApi(config.urls().auth(), config.urls().api()));
  }

  @Override
  public Provider provider() {
    return Provider.CLICKUP;
  }

  @Override
  public boolean supportsPkce() {
    return false;
  }

  @Override
  public URI authorizationUrl(String state, String codeChallenge) {
    return URI.create(service.createAuthorizationUrlBuilder().state(state).build());
  }

  @Override
  public OAuthTokens exchange(String code, String codeVerifier) {
    Response response =
        failures.call(() -> service.execute(service.tokenRequest(code)), "exchange the code");
    String body = body(response);
    int status = response.getCode();
    if (status >= 500) {
      throw new ProviderUnavailableException(
          "ClickUp's token endpoint failed (HTTP " + status + "); try connecting again");
    }
    JsonNode json = parse(body);
    if (status / 100 != 2) {
      String ecode = json.path("ECODE").asText("none");
      throw new AuthorizationException(
          AuthorizationException.Reason.REVOKED,
          "ClickUp refused the authorization code (HTTP "
              + status
              + ", "
              + ecode
              + ": "
              + json.path("err").asText("no reason given")
              + "); start the connection again"
              + ("OAUTH_010".equals(ecode)
                  ? " after checking the ClickUp client id and secret"
                  : ""));
    }
    String token = json.path("access_token").asText("");
    if (token.isBlank()) {
      throw new UnexpectedPayloadException("ClickUp's token answer has no access_token");
    }
    return new OAuthTokens(token, null, null, null);
  }

  /** ClickUp tokens never expire and there is no refresh grant. */
  @Override
  public OAuthTokens refresh(OAuthTokens current) {
    throw new AuthorizationException(
        AuthorizationException.Reason.REVOKED,
        "ClickUp tokens cannot be refreshed (they do not expire); a rejected token means the app"
            + " was removed: reconnect ClickUp");
  }

  @Override
  public boolean supportsRevoke() {
    return false;
  }

  /** Nothing to call: ClickUp has no revocation endpoint. */
  @Override
  public void revoke(OAuthTokens tokens) {
    // The user removes the app under ClickUp's Settings > Apps; tasksync forgets the token.
  }

  private static String body(Response response) {
    try {
      return response.getBody();
    } catch (IOException e) {
      throw new ProviderUnavailableException("the connection to ClickUp's token endpoint broke", e);
    }
  }

  private static JsonNode parse(String body) {
    try {
      JsonNode json = ClickUpHttp.MAPPER.readTree(body == null ? "" : body);
      return json == null ? ClickUpHttp.MAPPER.createObjectNode() : json;
    } catch (IOException e) {
      throw new UnexpectedPayloadException("ClickUp's token endpoint answered malformed JSON", e);
    }
  }
}
