package io.tasksync.adapter.clickup;

import com.github.scribejava.core.builder.api.DefaultApi20;
import com.github.scribejava.core.httpclient.HttpClient;
import com.github.scribejava.core.httpclient.HttpClientConfig;
import com.github.scribejava.core.model.OAuthRequest;
import com.github.scribejava.core.oauth.AccessTokenRequestParams;
import com.github.scribejava.core.oauth.OAuth20Service;
import java.io.OutputStream;
import java.net.URI;

/**
 * ClickUp's OAuth 2.0 endpoints: consent at {@code <app host>/api}, token at {@code <api
 * host>/api/v2/oauth/token} with client_id, client_secret and code as query parameters (as the OAS
 * declares them). No scopes, no PKCE, no refresh, no revocation.
 */
final class ClickUpApi extends DefaultApi20 {

  private final String authorizationBaseUrl;
  private final String tokenEndpoint;

  ClickUpApi(URI authBaseUrl, URI apiBaseUrl) {
    this.authorizationBaseUrl = strip(authBaseUrl) + "/api";
    this.tokenEndpoint = strip(apiBaseUrl) + "/api/v2/oauth/token";
  }

  private static String strip(URI uri) {
    String s = uri.toString();
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }

  @Override
  public String getAccessTokenEndpoint() {
    return tokenEndpoint;
  }

  @Override
  protected String getAuthorizationBaseUrl() {
    return authorizationBaseUrl;
  }

  @Override
  public OAuth20Service createService(
      String apiKey,
      String apiSecret,
      String callback,
      String defaultScope,
      String responseType,
      OutputStream debugStream,
      String userAgent,
      HttpClientConfig httpClientConfig,
      HttpClient httpClient) {
    return new Service(
        this,
        apiKey,
        apiSecret,
        callback,
        defaultScope,
        responseType,
        debugStream,
        userAgent,
        httpClientConfig,
        httpClient);
  }

  /** Sends the code exchange with its parameters in the query string. */
  static final class Service extends OAuth20Service {

    Service(
        DefaultApi20 api,
        String apiKey,
        String apiSecret,
        String callback,
        String defaultScope,
        String responseType,
        OutputStream debugStream,
        String userAgent,
        HttpClientConfig httpClientConfig,
        HttpClient httpClient) {
      super(
          api,
          apiKey,
          apiSecret,
          callback,
          defaultScope,
          responseType,
          debugStream,
          userAgent,
          httpClientConfig,
          httpClient);
    }

    @Override
    protected OAuthRequest createAccessTokenRequest(AccessTokenRequestParams params) {
      OAuthRequest request =
          new OAuthRequest(getApi().getAccessTokenVerb(), getApi().getAccessTokenEndpoint());
      request.addQuerystringParameter("client_id", getApiKey());
      request.addQuerystringParameter("client_secret", getApiSecret());
      request.addQuerystringParameter("code", params.getCode());
      return request;
    }

    OAuthRequest tokenRequest(String code) {
      return createAccessTokenRequest(AccessTokenRequestParams.create(code));
    }
  }
}
