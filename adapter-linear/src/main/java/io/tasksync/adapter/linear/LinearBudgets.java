package io.tasksync.adapter.linear;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The budget of each access token in use, keyed by a hash of the token (so no token is held as a
 * key), at most {@value #MAX} of them, the least recently used dropped first.
 */
final class LinearBudgets {

  private static final int MAX = 1024;

  private final Map<String, LinearRateBudget> byToken =
      new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, LinearRateBudget> eldest) {
          return size() > MAX;
        }
      };

  synchronized LinearRateBudget of(String accessToken) {
    return byToken.computeIfAbsent(hash(accessToken), k -> new LinearRateBudget());
  }

  private static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
