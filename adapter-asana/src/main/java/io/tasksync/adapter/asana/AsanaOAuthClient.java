package io.tasksync.adapter.asana;

import com.github.scribejava.core.model.OAuthRequest;
import com.github.scribejava.core.model.Response;
import com.github.scribejava.core.model.Verb;
import io.tasksync.domain.OAuthTokens;
import io.tasksync.domain.Provider;
import io.tasksync.kit.oauth.ScribeOAuthClient;
import io.tasksync.port.out.ProviderUnavailableException;
import io.tasksync.port.out.UnexpectedPayloadException;
import java.time.Clock;

/**
 * Asana's authorization-code flow with PKCE S256: one-hour access tokens, a refresh token that does
 * not rotate (kept when a refresh answers without one), revocation with the refresh token.
 */
final class AsanaOAuthClient extends ScribeOAuthClient {

  private final AsanaConfig config;

  AsanaOAuthClient(AsanaConfig config, Clock clock) {
    super(
        Provider.ASANA,
        "Asana",
        config.app(),
        config.http(),
        "default",
        new AsanaApi(config.urls().auth()),
        clock);
    this.config = config;
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
    OAuthRequest request = new OAuthRequest(Verb.POST, service().getApi().getRevokeTokenEndpoint());
    request.addBodyParameter("client_id", config.app().clientId());
    request.addBodyParameter("client_secret", config.app().clientSecret());
    request.addBodyParameter("token", tokens.refreshToken());
    Response response = failures().call(() -> service().execute(request), "revoke the grant");
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
}
