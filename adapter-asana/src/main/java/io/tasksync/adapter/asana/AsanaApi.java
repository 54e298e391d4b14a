package io.tasksync.adapter.asana;

import com.github.scribejava.core.builder.api.DefaultApi20;
import com.github.scribejava.core.extractors.TokenExtractor;
import com.github.scribejava.core.model.OAuth2AccessToken;
import com.github.scribejava.core.oauth2.clientauthentication.ClientAuthentication;
import com.github.scribejava.core.oauth2.clientauthentication.RequestBodyAuthenticationScheme;
import io.tasksync.kit.oauth.StatusAwareTokenExtractor;
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
    return StatusAwareTokenExtractor.INSTANCE;
  }
}
