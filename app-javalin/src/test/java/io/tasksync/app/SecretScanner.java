package io.tasksync.app;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Searches text for known secrets: as written, URL-encoded, hex-encoded and in base64 (standard and
 * URL-safe, at each of the three byte alignments a secret can have inside a longer encoded value).
 * Findings name the secret's kind, the encoding and where it was seen, never the secret.
 */
final class SecretScanner {

  /** A secret of {@code kind} found in {@code encoding} at {@code where}. */
  record Finding(String kind, String encoding, String where) {
    @Override
    public String toString() {
      return kind + " (" + encoding + ") in " + where;
    }
  }

  private record Needle(String kind, String encoding, String text, boolean ignoreCase) {}

  private final List<Needle> needles = new ArrayList<>();
  private final Set<String> kinds = new LinkedHashSet<>();
  private int secrets;

  /** Adds a secret that is text (a token, a client or webhook secret, an API key). */
  SecretScanner add(String kind, String secret) {
    if (secret == null || secret.length() < 8) {
      throw new IllegalArgumentException("a " + kind + " too short to scan for without noise");
    }
    byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
    needles.add(new Needle(kind, "plaintext", secret, false));
    String encoded = URLEncoder.encode(secret, StandardCharsets.UTF_8);
    if (!encoded.equals(secret)) {
      needles.add(new Needle(kind, "URL-encoded", encoded, false));
    }
    addEncodings(kind, bytes);
    return counted(kind);
  }

  /** Adds a secret that is raw bytes (key material). */
  SecretScanner addBytes(String kind, byte[] secret) {
    if (secret.length < 8) {
      throw new IllegalArgumentException("a " + kind + " too short to scan for without noise");
    }
    addEncodings(kind, secret);
    return counted(kind);
  }

  private SecretScanner counted(String kind) {
    kinds.add(kind);
    secrets++;
    return this;
  }

  private void addEncodings(String kind, byte[] bytes) {
    needles.add(new Needle(kind, "hex", HexFormat.of().formatHex(bytes), true));
    for (int shift = 0; shift < 3; shift++) {
      needles.add(new Needle(kind, "base64", aligned(Base64.getEncoder(), bytes, shift), false));
      needles.add(
          new Needle(
              kind, "url-safe base64", aligned(Base64.getUrlEncoder(), bytes, shift), false));
    }
  }

  /**
   * The characters of the base64 form of {@code bytes} preceded by {@code shift} other bytes that
   * depend on {@code bytes} alone: whole 4-character groups, without the first group when it mixes
   * in the preceding bytes and without a last group that mixes in the following ones.
   */
  private static String aligned(Base64.Encoder encoder, byte[] bytes, int shift) {
    byte[] shifted = new byte[shift + bytes.length];
    System.arraycopy(bytes, 0, shifted, shift, bytes.length);
    String encoded = encoder.withoutPadding().encodeToString(shifted);
    int start = shift == 0 ? 0 : 4;
    int end = (shifted.length / 3) * 4;
    return encoded.substring(start, end);
  }

  /** The findings in one piece of text. */
  List<Finding> scan(String where, String text) {
    List<Finding> found = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return found;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    for (Needle n : needles) {
      boolean hit =
          n.ignoreCase()
              ? lower.contains(n.text().toLowerCase(Locale.ROOT))
              : text.contains(n.text());
      if (hit) {
        found.add(new Finding(n.kind(), n.encoding(), where));
      }
    }
    return found;
  }

  int secretCount() {
    return secrets;
  }

  Set<String> kinds() {
    return Set.copyOf(kinds);
  }
}
