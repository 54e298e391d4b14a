package io.tasksync.sandbox.asana;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The stand-in's OAuth state: authorization codes, refresh tokens (grants) and access tokens. */
final class AsanaGrants {

  record Code(String redirectUri, String challenge, Instant expiresAt) {}

  record Access(String refreshToken, Instant expiresAt) {}

  private final SecureRandom random = new SecureRandom();
  private final Map<String, Code> codes = new ConcurrentHashMap<>();
  private final Map<String, Boolean> refreshTokens = new ConcurrentHashMap<>();
  private final Map<String, Access> accessTokens = new ConcurrentHashMap<>();
  private final Duration lifetime;
  private final Clock clock;

  AsanaGrants(Duration lifetime, Clock clock) {
    this.lifetime = lifetime;
    this.clock = clock;
  }

  Duration lifetime() {
    return lifetime;
  }

  String newCode(String redirectUri, String challenge) {
    String code = "code-" + token();
    codes.put(code, new Code(redirectUri, challenge, clock.instant().plusSeconds(600)));
    return code;
  }

  /** Takes a code once; null when unknown, used or expired. */
  Code takeCode(String code) {
    Code c = code == null ? null : codes.remove(code);
    return c == null || c.expiresAt().isBefore(clock.instant()) ? null : c;
  }

  String newGrant() {
    String refresh = "1/refresh-" + token();
    refreshTokens.put(refresh, Boolean.TRUE);
    return refresh;
  }

  boolean grantActive(String refresh) {
    return refresh != null && Boolean.TRUE.equals(refreshTokens.get(refresh));
  }

  String newAccessToken(String refresh) {
    String access = "2/access-" + token();
    accessTokens.put(access, new Access(refresh, clock.instant().plus(lifetime)));
    return access;
  }

  /** Whether a bearer token is known, unexpired and its grant not revoked. */
  boolean accessValid(String access) {
    Access a = access == null ? null : accessTokens.get(access);
    return a != null && a.expiresAt().isAfter(clock.instant()) && grantActive(a.refreshToken());
  }

  boolean isAccessToken(String token) {
    return token != null && accessTokens.containsKey(token);
  }

  /** Revokes a grant (its refresh token and every access token issued for it). */
  void revoke(String refresh) {
    refreshTokens.computeIfPresent(refresh, (k, v) -> Boolean.FALSE);
  }

  void revokeAll() {
    refreshTokens.replaceAll((k, v) -> Boolean.FALSE);
  }

  void expireAccessTokens() {
    Instant past = clock.instant().minusSeconds(1);
    accessTokens.replaceAll((k, v) -> new Access(v.refreshToken(), past));
  }

  /** Every refresh and access token issued so far, revoked and expired ones included. */
  java.util.List<String> issued() {
    java.util.List<String> all = new java.util.ArrayList<>(refreshTokens.keySet());
    all.addAll(accessTokens.keySet());
    return all;
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

  private String token() {
    byte[] bytes = new byte[18];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
