package io.tasksync.adapter.asana;

import com.github.scribejava.core.builder.api.DefaultApi20;
import com.github.scribejava.core.extractors.OAuth2AccessTokenJsonExtractor;
import com.github.scribejava.core.extractors.TokenExtractor;
import com.github.scribejava.core.model.OAuth2AccessToken;
import com.github.scribejava.core.model.Response;
import com.github.scribejava.core.oauth2.clientauthentication.ClientAuthentication;
import com.github.scribejava.core.oauth2.clientauthentication.RequestBodyAuthenticationScheme;
import java.io.IOException;
import java.net.URI;

/**
 * Asana's OAuth 2.0 endpoints under a configurable host; client credentials go in the form body.
 */
final class AsanaApi extends DefaultApi20 {

  private final String base;

  AsanaApi(URI authBaseUrl) {
    this.base = authBaseUrl.toString();
  }

  @Override
  public String getAccessTokenEndpoint() {
    return base + "/-/oauth_token";
  }

  @Override
  protected String getAuthorizationBaseUrl() {
    return base + "/-/oauth_authorize";
  }

  @Override
  public String getRevokeTokenEndpoint() {
    return base + "/-/oauth_revoke";
  }

  @Override
  public ClientAuthentication getClientAuthentication() {
    return RequestBodyAuthenticationScheme.instance();
  }

  @Override
  public TokenExtractor<OAuth2AccessToken> getAccessTokenExtractor() {
    return StatusAwareExtractor.INSTANCE;
  }

  /** Keeps the HTTP status of a failed token call, which the standard extractor drops. */
  static final class StatusAwareExtractor extends OAuth2AccessTokenJsonExtractor {

    static final StatusAwareExtractor INSTANCE = new StatusAwareExtractor();

    @Override
    public OAuth2AccessToken extract(Response response) throws IOException {
      if (response.getCode() >= 500) {
        throw new AsanaTokenEndpointException(response.getCode());
      }
      return super.extract(response);
    }
  }
}
