package io.tasksync.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * A due or start date: either a calendar day with no time (as providers give date-only fields) or
 * an exact instant.
 */
public record TaskDate(LocalDate date, Instant instant) {

  public TaskDate {
    if ((date == null) == (instant == null)) {
      throw new IllegalArgumentException("taskDate needs exactly one of date or instant");
    }
  }

  public static TaskDate onDay(LocalDate date) {
    return new TaskDate(Require.field(date, "date"), null);
  }

  public static TaskDate at(Instant instant) {
    return new TaskDate(null, Require.field(instant, "instant"));
  }

  public boolean hasTime() {
    return instant != null;
  }

  /** The calendar day (UTC for instants). */
  public LocalDate day() {
    return date != null ? date : LocalDate.ofInstant(instant, ZoneOffset.UTC);
  }

  /** ISO-8601: {@code 2026-05-01} or {@code 2026-05-01T10:00:00Z}. */
  public String iso() {
    return date != null ? date.toString() : instant.toString();
  }

  /**
   * Parses {@link #iso()} output.
   *
   * @throws IllegalArgumentException when the text is neither form
   */
  public static TaskDate parse(String iso) {
    Require.notBlank(iso, "taskDate");
    try {
      return iso.length() == 10 ? onDay(LocalDate.parse(iso)) : at(Instant.parse(iso));
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException("taskDate: not an ISO date or instant: '" + iso + "'", e);
    }
  }
}
