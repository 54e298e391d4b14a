package io.tasksync.kit.oauth;

import com.github.scribejava.core.builder.ServiceBuilder;
import com.github.scribejava.core.builder.api.DefaultApi20;
import com.github.scribejava.core.httpclient.jdk.JDKHttpClientConfig;
import com.github.scribejava.core.model.OAuth2AccessToken;
import com.github.scribejava.core.oauth.AccessTokenRequestParams;
import com.github.scribejava.core.oauth.OAuth20Service;
import io.tasksync.domain.OAuthTokens;
import io.tasksync.domain.Provider;
import io.tasksync.kit.http.HttpLimits;
import io.tasksync.port.out.AuthorizationException;
import io.tasksync.port.out.OAuthClient;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The authorization-code flow with PKCE S256 over scribejava, for a provider whose token endpoint
 * speaks standard OAuth 2.0 JSON: the consent URL, the code exchange and the refresh, every failure
 * mapped by {@link OAuthFailures}. A refresh answer without a refresh token keeps the current one
 * (non-rotating providers); a rotating provider's new one replaces it. Subclasses add revocation
 * and any extra consent parameters.
 */
public abstract class ScribeOAuthClient implements OAuthClient {

  private final Provider provider;
  private final String name;
  private final OAuth20Service service;
  private final OAuthFailures failures;
  private final Clock clock;

  /**
   * @param scope the scope asked for, in the provider's syntax
   */
  protected ScribeOAuthClient(
      Provider provider,
      String name,
      OAuthApp app,
      HttpLimits limits,
      String scope,
      DefaultApi20 api,
      Clock clock) {
    this.provider = provider;
    this.name = name;
    this.clock = clock;
    this.failures = new OAuthFailures(name);
    this.service = service(app, limits, scope, api);
  }

  /** A scribejava service for {@code app} with the limits' timeouts and no redirects followed. */
  public static OAuth20Service service(
      OAuthApp app, HttpLimits limits, String scope, DefaultApi20 api) {
    JDKHttpClientConfig http = JDKHttpClientConfig.defaultConfig();
    http.setConnectTimeout((int) limits.connectTimeout().toMillis());
    http.setReadTimeout((int) limits.requestTimeout().toMillis());
    http.setFollowRedirects(false);
    ServiceBuilder builder =
        new ServiceBuilder(app.clientId())
            .apiSecret(app.clientSecret())
            .callback(app.redirectUri().toString())
            .httpClientConfig(http);
    if (scope != null) {
      builder.defaultScope(scope);
    }
    return builder.build(api);
  }

  @Override
  public final Provider provider() {
    return provider;
  }

  @Override
  public boolean supportsPkce() {
    return true;
  }

  @Override
  public URI authorizationUrl(String state, String codeChallenge) {
    Map<String, String> extra = new LinkedHashMap<>(consentParameters());
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
        failures.call(() -> service.getAccessToken(params), "exchange the authorization code"),
        null);
  }

  @Override
  public OAuthTokens refresh(OAuthTokens current) {
    if (!current.canRefresh()) {
      throw new AuthorizationException(
          AuthorizationException.Reason.EXPIRED,
          "the " + name + " connection has no refresh token; reconnect " + name);
    }
    OAuth2AccessToken fresh =
        failures.call(
            () -> service.refreshAccessToken(current.refreshToken()), "refresh the access token");
    return tokens(fresh, current.refreshToken());
  }

  /** Parameters the consent URL carries besides state and PKCE (none unless overridden). */
  protected Map<String, String> consentParameters() {
    return Map.of();
  }

  protected final OAuth20Service service() {
    return service;
  }

  protected final OAuthFailures failures() {
    return failures;
  }

  protected final String name() {
    return name;
  }

  private OAuthTokens tokens(OAuth2AccessToken token, String previousRefreshToken) {
    String refresh =
        token.getRefreshToken() != null ? token.getRefreshToken() : previousRefreshToken;
    Integer expiresIn = token.getExpiresIn();
    return new OAuthTokens(
        token.getAccessToken(),
        refresh,
        expiresIn == null ? null : clock.instant().plusSeconds(expiresIn),
        token.getScope());
  }
}
