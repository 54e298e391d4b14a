package io.tasksync.kit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The one reading of a provider payload's optional fields that every adapter uses: a field the
 * normalized task can live without (a name, a date, a person, a label, an estimate) that is absent,
 * null or of an unexpected type reads as null (or as nothing, for arrays), never as an exception.
 * Required fields are the mapper's to check; {@link MappedItems} turns a task that cannot be mapped
 * into a counted, named skip.
 */
public final class Lenient {

  private Lenient() {}

  /** A field of an object, or a missing node when {@code node} is null or not an object. */
  public static JsonNode field(JsonNode node, String field) {
    return node == null || !node.isObject() ? MissingNode.getInstance() : node.path(field);
  }

  /** An object field, or a missing node when it is absent, null or not an object. */
  public static JsonNode object(JsonNode node, String field) {
    JsonNode v = field(node, field);
    return v.isObject() ? v : MissingNode.getInstance();
  }

  /** The elements of an array field; none when it is absent, null or not an array. */
  public static Iterable<JsonNode> items(JsonNode node, String field) {
    JsonNode v = field(node, field);
    return v.isArray() ? v : List.of();
  }

  /**
   * A string or number field as text (ids come as either); null when absent, null, blank, or an
   * object, array or boolean.
   */
  public static String text(JsonNode node, String field) {
    JsonNode v = field(node, field);
    if (!v.isTextual() && !v.isNumber()) {
      return null;
    }
    String s =
        v.isFloatingPointNumber()
            ? v.decimalValue().stripTrailingZeros().toPlainString()
            : v.asText();
    return s.isBlank() ? null : s;
  }

  /**
   * A text field kept exactly as sent (no trimming, invisible marks included); null if not text.
   */
  public static String exactText(JsonNode node, String field) {
    JsonNode v = field(node, field);
    return v.isTextual() ? v.asText() : null;
  }

  /** A number sent as a JSON number or a numeric string; null otherwise. */
  public static BigDecimal decimal(JsonNode node, String field) {
    JsonNode v = field(node, field);
    if (v.isNumber()) {
      return v.decimalValue();
    }
    if (v.isTextual() && !v.asText().isBlank()) {
      try {
        return new BigDecimal(v.asText().trim());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  /** A whole number (a decimal one truncated), sent as a number or a numeric string; else null. */
  public static Long whole(JsonNode node, String field) {
    BigDecimal d = decimal(node, field);
    if (d == null) {
      return null;
    }
    try {
      return d.toBigInteger().longValueExact();
    } catch (ArithmeticException e) {
      return null;
    }
  }

  /** A double, sent as a number or a numeric string; null otherwise. */
  public static Double number(JsonNode node, String field) {
    BigDecimal d = decimal(node, field);
    return d == null ? null : d.doubleValue();
  }

  /** An instant sent as epoch milliseconds (number or string of digits); null otherwise. */
  public static Instant epochMillis(JsonNode node, String field) {
    Long ms = whole(node, field);
    return ms == null ? null : Instant.ofEpochMilli(ms);
  }

  /** An ISO-8601 date-time with an offset ({@code 2024-05-01T10:00:00.000Z}); null otherwise. */
  public static Instant instant(JsonNode node, String field) {
    String s = text(node, field);
    if (s == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(s.trim()).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** An ISO-8601 calendar date ({@code 2024-05-01}); null otherwise. */
  public static LocalDate date(JsonNode node, String field) {
    String s = text(node, field);
    if (s == null) {
      return null;
    }
    try {
      return LocalDate.parse(s.trim());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** A boolean sent as a JSON boolean or as "true"/"false"; null otherwise. */
  public static Boolean flag(JsonNode node, String field) {
    JsonNode v = field(node, field);
    if (v.isBoolean()) {
      return v.asBoolean();
    }
    if (v.isTextual()) {
      String s = v.asText().trim();
      return "true".equalsIgnoreCase(s) ? Boolean.TRUE : "false".equalsIgnoreCase(s) ? false : null;
    }
    return null;
  }
}
