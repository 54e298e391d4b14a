package io.tasksync.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * Plaintext OAuth tokens, held only in memory while in use. {@code refreshToken} and {@code
 * expiresAt} are null for providers whose tokens do not expire. {@link #toString()} hides secrets.
 */
public record OAuthTokens(
    String accessToken, String refreshToken, Instant expiresAt, String scope) {

  public OAuthTokens {
    Require.notBlank(accessToken, "accessToken");
    refreshToken = Require.blankToNull(refreshToken);
    scope = Require.blankToNull(scope);
  }

  /** Whether the access token has expired, or will within {@code margin} of {@code now}. */
  public boolean expiresWithin(Duration margin, Instant now) {
    return expiresAt != null && !now.plus(margin).isBefore(expiresAt);
  }

  public boolean canRefresh() {
    return refreshToken != null;
  }

  @Override
  public String toString() {
    return "OAuthTokens[accessToken=<redacted>, refreshToken="
        + (refreshToken == null ? "null" : "<redacted>")
        + ", expiresAt="
        + expiresAt
        + ", scope="
        + scope
        + "]";
  }
}
