package io.tasksync.app.web;

import io.javalin.http.Context;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.Provider;
import io.tasksync.domain.StatusCategory;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Set;

/** Parses path and query parameters into typed values, refusing bad ones with a 400 or 404. */
final class Params {

  private Params() {}

  static IntegrationId integrationId(String raw) {
    try {
      return IntegrationId.of(raw);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(
          "invalid_id", "not an integration id: use letters, digits, - or _");
    }
  }

  static Provider provider(Context ctx) {
    try {
      return Provider.fromId(ctx.pathParam("provider"));
    } catch (IllegalArgumentException e) {
      throw new ApiException(404, "unknown_provider", e.getMessage());
    }
  }

  static Provider provider(String raw) {
    try {
      return Provider.fromId(raw.trim().toLowerCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(
          "invalid_provider", "provider must be asana, clickup or linear");
    }
  }

  static String text(String name, String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    if (raw.length() > 200) {
      throw ApiException.badRequest("invalid_" + name, name + " is longer than 200 characters");
    }
    return raw;
  }

  static LocalDate day(String name, String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(raw.trim());
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest("invalid_" + name, name + " must be a day such as 2026-01-31");
    }
  }

  static Set<StatusCategory> statuses(String raw) {
    Set<StatusCategory> set = EnumSet.noneOf(StatusCategory.class);
    if (raw == null || raw.isBlank()) {
      return set;
    }
    for (String part : raw.split(",")) {
      try {
        set.add(StatusCategory.fromName(part));
      } catch (IllegalArgumentException e) {
        throw ApiException.badRequest("invalid_status", e.getMessage());
      }
    }
    return set;
  }

  static Instant instant(String name, String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(raw);
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest(
          "invalid_" + name, name + " must be an ISO-8601 instant such as 2026-01-31T12:00:00Z");
    }
  }

  static boolean bool(String name, String raw) {
    if (raw == null || raw.isBlank()) {
      return false;
    }
    if (raw.equalsIgnoreCase("true") || raw.equalsIgnoreCase("false")) {
      return Boolean.parseBoolean(raw);
    }
    throw ApiException.badRequest("invalid_" + name, name + " must be true or false");
  }

  static int limit(String raw, int fallback, int max) {
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(raw);
      if (n >= 1 && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw ApiException.badRequest("invalid_limit", "limit must be a whole number in 1.." + max);
  }
}
