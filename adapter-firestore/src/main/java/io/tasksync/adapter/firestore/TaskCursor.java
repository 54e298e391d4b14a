package io.tasksync.adapter.firestore;

import com.google.cloud.Timestamp;
import io.tasksync.port.out.TaskQuery;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The position after a listed task, as an opaque string: the listing's order, the value of the
 * order's field (none for the key order, the update time, or the due day) and the document id.
 */
record TaskCursor(TaskQuery.Order order, Object value, String docId) {

  private static final Pattern FORMAT =
      Pattern.compile("t2:(KEY|UPDATED_AT|DUE_DAY):([-0-9:]*):([0-9a-f]{32})");

  String encode() {
    String field =
        switch (order) {
          case KEY -> "";
          case UPDATED_AT ->
              ((Timestamp) value).getSeconds() + ":" + ((Timestamp) value).getNanos();
          case DUE_DAY -> (String) value;
        };
    String raw = "t2:" + order.name() + ":" + field + ":" + docId;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * @throws IllegalArgumentException when {@code cursor} is not one {@link #encode()} made for a
   *     listing in this order
   */
  static TaskCursor decode(String cursor, TaskQuery.Order expected) {
    try {
      String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      Matcher m = FORMAT.matcher(raw);
      if (m.matches() && m.group(1).equals(expected.name())) {
        String field = m.group(2);
        Object value =
            switch (expected) {
              case KEY -> null;
              case UPDATED_AT -> {
                String[] parts = field.split(":");
                yield Timestamp.ofTimeSecondsAndNanos(
                    Long.parseLong(parts[0]), Integer.parseInt(parts[1]));
              }
              case DUE_DAY -> LocalDate.parse(field).toString();
            };
        return new TaskCursor(expected, value, m.group(3));
      }
    } catch (RuntimeException e) {
      throw invalid(e);
    }
    throw invalid(null);
  }

  private static IllegalArgumentException invalid(Throwable cause) {
    return new IllegalArgumentException("cursor: not a cursor this store issued", cause);
  }
}
