package io.tasksync.port.out;

import io.tasksync.domain.OAuthTokens;
import io.tasksync.domain.Provider;
import java.net.URI;

/** A provider's OAuth 2.0 authorization-code flow, with its own refresh and revoke semantics. */
public interface OAuthClient {

  Provider provider();

  /** Whether the provider takes a PKCE S256 code challenge. */
  boolean supportsPkce();

  /**
   * The URL to send the user to for consent.
   *
   * @param state the signed state the callback must return
   * @param codeChallenge the PKCE S256 challenge, or null when not used
   */
  URI authorizationUrl(String state, String codeChallenge);

  /**
   * Exchanges an authorization code for tokens.
   *
   * @param codeVerifier the PKCE verifier, or null when not used
   * @throws AuthorizationException when the provider refuses the code ({@code invalid_grant})
   * @throws ProviderUnavailableException on 5xx or timeouts
   */
  OAuthTokens exchange(String code, String codeVerifier);

  /**
   * Gets new tokens with the refresh token, following the provider's rotation rules.
   *
   * @throws AuthorizationException (REVOKED) on {@code invalid_grant} or a revoked grant
   * @throws ProviderUnavailableException on 5xx or timeouts
   */
  OAuthTokens refresh(OAuthTokens current);

  /** Whether the provider has a revocation endpoint. */
  boolean supportsRevoke();

  /**
   * Revokes the grant at the provider (no-op where unsupported).
   *
   * @throws ProviderUnavailableException on 5xx or timeouts
   */
  void revoke(OAuthTokens tokens);
}
