package io.tasksync.sandbox.clickup;

import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * Tokens and authorization codes. ClickUp tokens never expire and have no refresh; a token the user
 * revoked (or that never existed) answers 401 with an OAUTH_* code.
 */
final class ClickUpAccess {

  /** Why a token is refused; null when it works. */
  enum Refusal {
    MISSING("Authorization header required", "OAUTH_017"),
    UNKNOWN("Token not found", "OAUTH_019"),
    REVOKED("Oauth token not found", "OAUTH_025"),
    DEACTIVATED("Authorization token is no longer valid", "OAUTH_077");

    final String message;
    final String ecode;

    Refusal(String message, String ecode) {
      this.message = message;
      this.ecode = ecode;
    }
  }

  private final SecureRandom random = new SecureRandom();
  private final Map<String, Refusal> tokens = new HashMap<>();
  private final Map<String, Long> codes = new HashMap<>();

  synchronized String issueToken() {
    String token = "300000_" + hex(20);
    tokens.put(token, null);
    return token;
  }

  synchronized String issueCode() {
    String code = hex(16).toUpperCase(java.util.Locale.ROOT);
    codes.put(code, System.currentTimeMillis());
    return code;
  }

  /** Redeems a code once; null when the code is unknown, used or older than ten minutes. */
  synchronized String redeem(String code) {
    Long issued = codes.remove(code);
    if (issued == null || System.currentTimeMillis() - issued > 600_000L) {
      return null;
    }
    return issueToken();
  }

  /** Every token issued so far, revoked ones included. */
  synchronized java.util.List<String> issued() {
    return java.util.List.copyOf(tokens.keySet());
  }

  synchronized void revoke(String token, Refusal why) {
    tokens.put(token, why);
  }

  /** Checks an Authorization header value: {@code Bearer <token>} or the raw token. */
  synchronized Refusal check(String header) {
    if (header == null || header.isBlank()) {
      return Refusal.MISSING;
    }
    String token = header.startsWith("Bearer ") ? header.substring(7).trim() : header.trim();
    if (!tokens.containsKey(token)) {
      return Refusal.UNKNOWN;
    }
    return tokens.get(token);
  }

  static String tokenOf(String header) {
    return header.startsWith("Bearer ") ? header.substring(7).trim() : header.trim();
  }

  private String hex(int bytes) {
    byte[] b = new byte[bytes];
    random.nextBytes(b);
    return HexFormat.of().formatHex(b);
  }
}
