package io.tasksync.adapter.asana;

import com.github.scribejava.core.builder.ServiceBuilder;
import com.github.scribejava.core.exceptions.OAuthException;
import com.github.scribejava.core.httpclient.jdk.JDKHttpClientConfig;
import com.github.scribejava.core.model.OAuth2AccessToken;
import com.github.scribejava.core.model.OAuth2AccessTokenErrorResponse;
import com.github.scribejava.core.model.OAuthRequest;
import com.github.scribejava.core.model.Response;
import com.github.scribejava.core.model.Verb;
import com.github.scribejava.core.oauth.AccessTokenRequestParams;
import com.github.scribejava.core.oauth.OAuth20Service;
import com.github.scribejava.core.oauth2.OAuth2Error;
import io.tasksync.domain.OAuthTokens;
import io.tasksync.domain.Provider;
import io.tasksync.port.out.AuthorizationException;
import io.tasksync.port.out.OAuthClient;
import io.tasksync.port.out.ProviderUnavailableException;
import io.tasksync.port.out.UnexpectedPayloadException;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/**
 * Asana's authorization-code flow with PKCE S256: one-hour access tokens, a refresh token that does
 * not rotate (kept when a refresh answers without one), revocation with the refresh token.
 */
final class AsanaOAuthClient implements OAuthClient {

  private final AsanaConfig config;
  private final OAuth20Service service;
  private final Clock clock;

  AsanaOAuthClient(AsanaConfig config, Clock clock) {
    this.config = config;
    this.clock = clock;
    JDKHttpClientConfig http =
        JDKHttpClientConfig.defaultConfig()
            .withConnectTimeout((int) config.connectTimeout().toMillis())
            .withReadTimeout((int) config.requestTimeout().toMillis());
    this.service =
        new ServiceBuilder(config.clientId())
            .apiSecret(config.clientSecret())
            .callback(config.redirectUri().toString())
            .httpClientConfig(http)
            .defaultScope("default")
            .build(new AsanaApi(config.authBaseUrl()));
  }

  @Override
  public Provider provider() {
    return Provider.ASANA;
  }

  @Override
  public boolean supportsPkce() {
    return true;
  }

  @Override
  public URI authorizationUrl(String state, String codeChallenge) {
    Map<String, String> extra = new LinkedHashMap<>();
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
      params = params.pkceCodeVerifier(codeVerifier);
    }
    AccessTokenRequestParams request = params;
    OAuth2AccessToken token = call(() -> service.getAccessToken(request), "exchange the code");
    return tokens(token, null);
  }

  @Override
  public OAuthTokens refresh(OAuthTokens current) {
    if (!current.canRefresh()) {
      throw new AuthorizationException(
          AuthorizationException.Reason.EXPIRED,
          "the Asana grant has no refresh token; reconnect Asana");
    }
    OAuth2AccessToken token =
        call(() -> service.refreshAccessToken(current.refreshToken()), "refresh the token");
    return tokens(token, current.refreshToken());
  }

  @Override
  public boolean supportsRevoke() {
    return true;
  }

  @Override
  public void revoke(OAuthTokens tokens) {
    if (!tokens.canRefresh()) {
      return;
    }
    OAuthRequest request = new OAuthRequest(Verb.POST, service.getApi().getRevokeTokenEndpoint());
    request.addBodyParameter("client_id", config.clientId());
    request.addBodyParameter("client_secret", config.clientSecret());
    request.addBodyParameter("token", tokens.refreshToken());
    Response response = call(() -> service.execute(request), "revoke the grant");
    int status = response.getCode();
    if (status >= 500) {
      throw new ProviderUnavailableException(
          "Asana could not revoke the grant (HTTP " + status + "); try disconnecting again later");
    }
    if (status != 200) {
      throw new UnexpectedPayloadException(
          "Asana refused to revoke the grant (HTTP " + status + ")");
    }
  }

  private OAuthTokens tokens(OAuth2AccessToken token, String previousRefresh) {
    String refresh = token.getRefreshToken() != null ? token.getRefreshToken() : previousRefresh;
    Integer expiresIn = token.getExpiresIn();
    return new OAuthTokens(
        token.getAccessToken(),
        refresh,
        expiresIn == null ? null : clock.instant().plusSeconds(expiresIn),
        token.getScope());
  }

  private interface Call<T> {
    T run() throws IOException, InterruptedException, ExecutionException;
  }

  private static <T> T call(Call<T> call, String what) {
    try {
      return call.run();
    } catch (OAuth2AccessTokenErrorResponse e) {
      OAuth2Error error = e.getError();
      if (error == OAuth2Error.INVALID_GRANT || error == OAuth2Error.ACCESS_DENIED) {
        throw new AuthorizationException(
            AuthorizationException.Reason.REVOKED,
            "Asana refused to "
                + what
                + " ("
                + error.getErrorString()
                + "): the grant was revoked or the code is no longer valid; reconnect Asana",
            e);
      }
      if (error == OAuth2Error.SERVER_ERROR || error == OAuth2Error.TEMPORARILY_UNAVAILABLE) {
        throw new ProviderUnavailableException("Asana could not " + what + " right now", e);
      }
      throw new AuthorizationException(
          AuthorizationException.Reason.REVOKED,
          "Asana refused to "
              + what
              + " ("
              + (error == null ? "unknown error" : error.getErrorString())
              + "); check the app's client id, secret and redirect URI",
          e);
    } catch (AsanaTokenEndpointException e) {
      throw new ProviderUnavailableException(
          "Asana could not " + what + " (HTTP " + e.status + "); it is retried later", e);
    } catch (OAuthException e) {
      throw new UnexpectedPayloadException(
          "Asana answered the request to " + what + " in an unexpected shape", e);
    } catch (IOException e) {
      throw new ProviderUnavailableException(
          "Asana could not be reached to " + what + " (" + e.getClass().getSimpleName() + ")", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProviderUnavailableException("interrupted while trying to " + what, e);
    } catch (ExecutionException e) {
      throw new ProviderUnavailableException("Asana could not " + what, e);
    }
  }
}
