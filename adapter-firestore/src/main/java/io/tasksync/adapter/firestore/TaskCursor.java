package io.tasksync.adapter.firestore;

import com.google.cloud.Timestamp;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The position after a listed task: its update time and document id, as an opaque string. */
record TaskCursor(Timestamp updatedAt, String docId) {

  private static final Pattern FORMAT = Pattern.compile("t1:(-?\\d+):(\\d+):([0-9a-f]{32})");

  String encode() {
    String raw = "t1:" + updatedAt.getSeconds() + ":" + updatedAt.getNanos() + ":" + docId;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * @throws IllegalArgumentException when {@code cursor} is not one {@link #encode()} made
   */
  static TaskCursor decode(String cursor) {
    try {
      String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      Matcher m = FORMAT.matcher(raw);
      if (m.matches()) {
        return new TaskCursor(
            Timestamp.ofTimeSecondsAndNanos(
                Long.parseLong(m.group(1)), Integer.parseInt(m.group(2))),
            m.group(3));
      }
    } catch (IllegalArgumentException e) {
      throw invalid(e);
    }
    throw invalid(null);
  }

  private static IllegalArgumentException invalid(Throwable cause) {
    return new IllegalArgumentException("cursor: not a cursor this store issued", cause);
  }
}
