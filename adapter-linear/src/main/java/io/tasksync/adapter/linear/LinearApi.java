package io.tasksync.adapter.linear;

import com.github.scribejava.core.builder.api.DefaultApi20;
import com.github.scribejava.core.extractors.OAuth2AccessTokenJsonExtractor;
import com.github.scribejava.core.extractors.TokenExtractor;
import com.github.scribejava.core.model.OAuth2AccessToken;
import com.github.scribejava.core.model.Response;
import com.github.scribejava.core.oauth2.clientauthentication.ClientAuthentication;
import com.github.scribejava.core.oauth2.clientauthentication.RequestBodyAuthenticationScheme;
import io.tasksync.port.out.ProviderUnavailableException;
import java.io.IOException;
import java.net.URI;

/**
 * Linear's OAuth 2.0 endpoints for scribejava: consent at {@code <auth>/oauth/authorize}, token and
 * revoke at {@code <api>/oauth/token} and {@code <api>/oauth/revoke}, client credentials in the
 * form body. A 5xx from the token endpoint is reported as the provider being unavailable.
 */
final class LinearApi extends DefaultApi20 {

  private final String authorize;
  private final String token;
  private final String revoke;

  LinearApi(URI authBaseUrl, URI apiBaseUrl) {
    this.authorize = authBaseUrl + "/oauth/authorize";
    this.token = apiBaseUrl + "/oauth/token";
    this.revoke = apiBaseUrl + "/oauth/revoke";
  }

  @Override
  public String getAccessTokenEndpoint() {
    return token;
  }

  @Override
  protected String getAuthorizationBaseUrl() {
    return authorize;
  }

  @Override
  public String getRevokeTokenEndpoint() {
    return revoke;
  }

  @Override
  public ClientAuthentication getClientAuthentication() {
    return RequestBodyAuthenticationScheme.instance();
  }

  @Override
  public TokenExtractor<OAuth2AccessToken> getAccessTokenExtractor() {
    return ServerErrorAware.INSTANCE;
  }

  /** The JSON extractor, but a server error is not mistaken for a refused grant. */
  private static final class ServerErrorAware extends OAuth2AccessTokenJsonExtractor {

    static final ServerErrorAware INSTANCE = new ServerErrorAware();

    @Override
    public OAuth2AccessToken extract(Response response) throws IOException {
      if (response.getCode() >= 500) {
        throw new ProviderUnavailableException(
            "Linear's token endpoint answered HTTP " + response.getCode() + "; try again later");
      }
      return super.extract(response);
    }
  }
}
