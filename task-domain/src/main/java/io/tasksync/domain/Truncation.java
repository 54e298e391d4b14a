package io.tasksync.domain;

import java.nio.charset.StandardCharsets;

/** Cuts text to a UTF-8 byte budget without splitting a character, appending a marker. */
public final class Truncation {

  private Truncation() {}

  /**
   * Returns {@code text} itself when its UTF-8 form fits in {@code maxBytes}; otherwise the longest
   * prefix that fits together with {@code marker}, followed by the marker.
   */
  public static String toUtf8Bytes(String text, int maxBytes, String marker) {
    if (text == null) {
      return null;
    }
    if (text.length() * 3L <= maxBytes
        || text.getBytes(StandardCharsets.UTF_8).length <= maxBytes) {
      return text;
    }
    int budget = maxBytes - marker.getBytes(StandardCharsets.UTF_8).length;
    if (budget <= 0) {
      throw new IllegalArgumentException("maxBytes must leave room for the marker");
    }
    int bytes = 0;
    int end = 0;
    while (end < text.length()) {
      int cp = text.codePointAt(end);
      int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      if (bytes + size > budget) {
        break;
      }
      bytes += size;
      end += Character.charCount(cp);
    }
    return text.substring(0, end) + marker;
  }
}
