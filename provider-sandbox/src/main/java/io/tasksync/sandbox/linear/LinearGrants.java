package io.tasksync.sandbox.linear;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Linear's grants: authorization codes (single use, PKCE S256), short-lived access tokens and
 * refresh tokens that rotate on every use, so a used refresh token is {@code invalid_grant} at
 * once: Linear documents no reuse grace period. Optionally a reused refresh token also revokes its
 * whole grant, the reuse detection of the OAuth 2.0 Security BCP (RFC 9700, section 4.14.2) that
 * Linear neither documents nor rules out.
 */
final class LinearGrants {

  /** An issued token pair. */
  record Tokens(
      String accessToken, String refreshToken, long expiresIn, String scope, String grant) {}

  private record Code(String redirectUri, String challenge, String scope, Instant expiresAt) {}

  private record Access(String grant, Instant expiresAt) {}

  private final SecureRandom random = new SecureRandom();
  private final Clock clock;
  private final Duration lifetime;
  private final Map<String, Code> codes = new HashMap<>();
  private final Map<String, Access> accessTokens = new HashMap<>();
  private final Map<String, String> refreshTokens = new HashMap<>();
  private final Map<String, String> usedRefreshTokens = new HashMap<>();
  private final Set<String> revokedGrants = new HashSet<>();
  private final Map<String, String> scopes = new HashMap<>();
  private boolean revokeGrantOnReuse;

  LinearGrants(Clock clock, Duration lifetime) {
    this.clock = clock;
    this.lifetime = lifetime;
  }

  synchronized String newCode(String redirectUri, String challenge, String scope) {
    String code = token("lin_code_");
    codes.put(code, new Code(redirectUri, challenge, scope, clock.instant().plusSeconds(600)));
    return code;
  }

  /** Exchanges a code; null when the code, redirect URI or PKCE verifier does not match. */
  synchronized Tokens exchange(String code, String redirectUri, String verifier) {
    Code issued = code == null ? null : codes.remove(code);
    if (issued == null
        || issued.expiresAt().isBefore(clock.instant())
        || !issued.redirectUri().equals(redirectUri)) {
      return null;
    }
    if (issued.challenge() != null
        && (verifier == null || !issued.challenge().equals(s256(verifier)))) {
      return null;
    }
    return issue(token("grant_"), issued.scope());
  }

  /**
   * Rotates a refresh token; null when it is unknown, used before or revoked. With reuse detection
   * on, presenting a used one also revokes its grant.
   */
  synchronized Tokens refresh(String refreshToken) {
    String grant = refreshToken == null ? null : refreshTokens.remove(refreshToken);
    if (grant == null) {
      String reused = refreshToken == null ? null : usedRefreshTokens.get(refreshToken);
      if (reused != null && revokeGrantOnReuse) {
        revokedGrants.add(reused);
      }
      return null;
    }
    if (revokedGrants.contains(grant)) {
      return null;
    }
    usedRefreshTokens.put(refreshToken, grant);
    return issue(grant, scopes.get(grant));
  }

  synchronized void revokeGrantOnReuse(boolean on) {
    revokeGrantOnReuse = on;
  }

  synchronized Tokens issueDirectly(String scope) {
    return issue(token("grant_"), scope);
  }

  /** The grant an access token belongs to, or null when unknown, expired or revoked. */
  synchronized String grantOf(String accessToken) {
    Access access = accessToken == null ? null : accessTokens.get(accessToken);
    if (access == null || revokedGrants.contains(access.grant())) {
      return null;
    }
    return access.expiresAt().isAfter(clock.instant()) ? access.grant() : null;
  }

  /** Revokes the grant of an access or refresh token; false when the token is unknown. */
  synchronized boolean revoke(String token) {
    Access access = accessTokens.get(token);
    String grant = access != null ? access.grant() : refreshTokens.get(token);
    if (grant == null) {
      return false;
    }
    revokedGrants.add(grant);
    return true;
  }

  /** Makes every access token issued so far expired (refresh tokens keep working). */
  synchronized void expireAccessTokens() {
    Instant past = clock.instant().minusSeconds(1);
    accessTokens.replaceAll((token, access) -> new Access(access.grant(), past));
  }

  /** Every access and refresh token issued so far, used, expired and revoked ones included. */
  synchronized java.util.List<String> issued() {
    java.util.List<String> all = new java.util.ArrayList<>(accessTokens.keySet());
    all.addAll(refreshTokens.keySet());
    all.addAll(usedRefreshTokens.keySet());
    return all;
  }

  synchronized boolean wasUsed(String refreshToken) {
    return usedRefreshTokens.containsKey(refreshToken);
  }

  private Tokens issue(String grant, String scope) {
    String access = token("lin_oauth_");
    String refresh = token("lin_refresh_");
    accessTokens.put(access, new Access(grant, clock.instant().plus(lifetime)));
    refreshTokens.put(refresh, grant);
    scopes.put(grant, scope);
    return new Tokens(access, refresh, lifetime.toSeconds(), scope, grant);
  }

  private String token(String prefix) {
    byte[] bytes = new byte[24];
    random.nextBytes(bytes);
    return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static String s256(String verifier) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
