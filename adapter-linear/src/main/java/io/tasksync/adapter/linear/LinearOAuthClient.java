package io.tasksync.adapter.linear;

import com.github.scribejava.core.revoke.TokenTypeHint;
import io.tasksync.domain.OAuthTokens;
import io.tasksync.domain.Provider;
import io.tasksync.kit.oauth.ScribeOAuthClient;
import io.tasksync.port.out.AuthorizationException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Linear's authorization-code flow with PKCE S256. Access tokens are short-lived and every refresh
 * rotates the refresh token: the caller must save the returned tokens before using them (the
 * application's CredentialService does, one refresh at a time per integration).
 */
final class LinearOAuthClient extends ScribeOAuthClient {

  LinearOAuthClient(LinearConfig config, Clock clock) {
    super(
        Provider.LINEAR,
        "Linear",
        config.app(),
        config.http(),
        String.join(",", config.scopes()),
        new LinearApi(config.urls().auth(), config.urls().api()),
        clock);
  }

  @Override
  protected Map<String, String> consentParameters() {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("prompt", "consent");
    parameters.put("actor", "user");
    return parameters;
  }

  @Override
  public boolean supportsRevoke() {
    return true;
  }

  @Override
  public void revoke(OAuthTokens tokens) {
    try {
      failures()
          .call(
              () -> {
                service().revokeToken(tokens.accessToken(), TokenTypeHint.ACCESS_TOKEN);
                return null;
              },
              "revoke the grant");
    } catch (AuthorizationException alreadyGone) {
      // A grant Linear no longer knows is as revoked as it gets.
    }
  }
}
