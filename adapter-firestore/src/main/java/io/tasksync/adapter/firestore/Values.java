package io.tasksync.adapter.firestore;

import com.google.cloud.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Conversions between Java values and what Firestore stores and returns. */
final class Values {

  private Values() {}

  /** A Firestore timestamp (microsecond precision), or null. */
  static Timestamp timestamp(Instant instant) {
    return instant == null
        ? null
        : Timestamp.ofTimeSecondsAndNanos(instant.getEpochSecond(), instant.getNano());
  }

  static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    Timestamp timestamp = (Timestamp) value;
    return Instant.ofEpochSecond(timestamp.getSeconds(), timestamp.getNanos());
  }

  static String string(Map<String, Object> data, String field) {
    return (String) data.get(field);
  }

  static Instant instant(Map<String, Object> data, String field) {
    return instant(data.get(field));
  }

  static Long longValue(Map<String, Object> data, String field) {
    Object value = data.get(field);
    return value == null ? null : ((Number) value).longValue();
  }

  static long count(Map<String, Object> data, String field) {
    Long value = longValue(data, field);
    return value == null ? 0 : value;
  }

  @SuppressWarnings("unchecked")
  static List<String> strings(Map<String, Object> data, String field) {
    Object value = data.get(field);
    return value == null ? List.of() : (List<String>) value;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Map<String, Object> data, String field) {
    return (Map<String, Object>) data.get(field);
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> maps(Map<String, Object> data, String field) {
    Object value = data.get(field);
    return value == null ? List.of() : (List<Map<String, Object>>) value;
  }
}
