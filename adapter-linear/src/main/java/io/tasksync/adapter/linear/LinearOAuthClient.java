package io.tasksync.adapter.linear;

import com.github.scribejava.core.builder.ServiceBuilder;
import com.github.scribejava.core.exceptions.OAuthException;
import com.github.scribejava.core.httpclient.jdk.JDKHttpClientConfig;
import com.github.scribejava.core.model.OAuth2AccessToken;
import com.github.scribejava.core.model.OAuth2AccessTokenErrorResponse;
import com.github.scribejava.core.oauth.AccessTokenRequestParams;
import com.github.scribejava.core.oauth.OAuth20Service;
import com.github.scribejava.core.oauth2.OAuth2Error;
import com.github.scribejava.core.revoke.TokenTypeHint;
import io.tasksync.domain.OAuthTokens;
import io.tasksync.domain.Provider;
import io.tasksync.port.out.AuthorizationException;
import io.tasksync.port.out.OAuthClient;
import io.tasksync.port.out.ProviderUnavailableException;
import io.tasksync.port.out.TaskSyncException;
import io.tasksync.port.out.UnexpectedPayloadException;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;

/**
 * Linear's authorization-code flow with PKCE S256. Access tokens are short-lived and every refresh
 * rotates the refresh token: the caller must save the returned tokens before using them (the
 * application's CredentialService does, one refresh at a time per integration).
 */
final class LinearOAuthClient implements OAuthClient {

  private final OAuth20Service service;
  private final Clock clock;

  LinearOAuthClient(LinearConfig config, Clock clock) {
    JDKHttpClientConfig http = JDKHttpClientConfig.defaultConfig();
    http.setConnectTimeout((int) config.connectTimeout().toMillis());
    http.setReadTimeout((int) config.requestTimeout().toMillis());
    this.service =
        new ServiceBuilder(config.clientId())
            .apiSecret(config.clientSecret())
            .callback(config.redirectUri().toString())
            .defaultScope(String.join(",", config.scopes()))
            .httpClientConfig(http)
            .build(new LinearApi(config.authBaseUrl(), config.apiBaseUrl()));
    this.clock = clock;
  }

  @Override
  public Provider provider() {
    return Provider.LINEAR;
  }

  @Override
  public boolean supportsPkce() {
    return true;
  }

  @Override
  public URI authorizationUrl(String state, String codeChallenge) {
    Map<String, String> extra = new LinkedHashMap<>();
    extra.put("prompt", "consent");
    extra.put("actor", "user");
    if (codeChallenge != null) {
      extra.put("code_challenge", codeChallenge);
      extra.put("code_challenge_method", "S256");
    }
    return URI.create(
        service.createAuthorizationUrlBuilder().state(state).additionalParams(extra).build());
  }

  @Override
  public OAuthTokens exchange(String code, String codeVerifier) {
    AccessTokenRequestParams params = AccessTokenRequestParams.create(code);
    if (codeVerifier != null) {
      params.pkceCodeVerifier(codeVerifier);
    }
    return tokens(
        call(() -> service.getAccessToken(params), "exchange the authorization code"), null);
  }

  @Override
  public OAuthTokens refresh(OAuthTokens current) {
    if (!current.canRefresh()) {
      throw new AuthorizationException(
          AuthorizationException.Reason.EXPIRED,
          "the Linear connection has no refresh token; reconnect Linear");
    }
    OAuth2AccessToken fresh =
        call(() -> service.refreshAccessToken(current.refreshToken()), "refresh the access token");
    return tokens(fresh, current.refreshToken());
  }

  @Override
  public boolean supportsRevoke() {
    return true;
  }

  @Override
  public void revoke(OAuthTokens tokens) {
    try {
      call(
          () -> {
            service.revokeToken(tokens.accessToken(), TokenTypeHint.ACCESS_TOKEN);
            return null;
          },
          "revoke the grant");
    } catch (AuthorizationException alreadyGone) {
      // A grant Linear no longer knows is as revoked as it gets.
    }
  }

  /** Linear always rotates; should a response lack a refresh token, the current one is kept. */
  private OAuthTokens tokens(OAuth2AccessToken token, String previousRefreshToken) {
    String refresh =
        token.getRefreshToken() != null ? token.getRefreshToken() : previousRefreshToken;
    return new OAuthTokens(
        token.getAccessToken(),
        refresh,
        token.getExpiresIn() == null ? null : clock.instant().plusSeconds(token.getExpiresIn()),
        token.getScope());
  }

  private static <T> T call(Callable<T> request, String what) {
    try {
      return request.call();
    } catch (ExecutionException e) {
      throw translate(e.getCause() == null ? e : e.getCause(), what);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProviderUnavailableException("interrupted while asking Linear to " + what, e);
    } catch (Exception e) {
      throw translate(e, what);
    }
  }

  private static TaskSyncException translate(Throwable e, String what) {
    if (e instanceof TaskSyncException) {
      return (TaskSyncException) e;
    }
    if (e instanceof OAuth2AccessTokenErrorResponse) {
      OAuth2Error error = ((OAuth2AccessTokenErrorResponse) e).getError();
      if (error == OAuth2Error.INVALID_GRANT) {
        return new AuthorizationException(
            AuthorizationException.Reason.REVOKED,
            "Linear refused to "
                + what
                + " (invalid_grant): the grant was revoked, expired or its"
                + " refresh token was already used; reconnect Linear");
      }
      if (error == OAuth2Error.INVALID_CLIENT || error == OAuth2Error.UNAUTHORIZED_CLIENT) {
        return new AuthorizationException(
            AuthorizationException.Reason.REVOKED,
            "Linear refused the app's client credentials; check the Linear client id and secret");
      }
      return new UnexpectedPayloadException(
          "Linear refused to "
              + what
              + ": "
              + (error == null ? "unknown error" : error.getErrorString()));
    }
    if (e instanceof IOException) {
      return new ProviderUnavailableException(
          "Linear could not be reached to " + what + " (" + e.getClass().getSimpleName() + ")", e);
    }
    if (e instanceof OAuthException) {
      return new UnexpectedPayloadException(
          "Linear's token endpoint answered in an unexpected shape while trying to " + what, e);
    }
    return new UnexpectedPayloadException("could not " + what + " with Linear: " + e, e);
  }
}
