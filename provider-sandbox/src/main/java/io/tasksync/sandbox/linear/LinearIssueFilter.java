package io.tasksync.sandbox.linear;

import java.time.Instant;
import java.util.Map;

/**
 * The part of Linear's {@code IssueFilter} the stand-in evaluates: {@code updatedAt} and {@code
 * createdAt} date comparators ({@code eq, gt, gte, lt, lte}); other keys are refused.
 */
record LinearIssueFilter(
    Instant updatedGte,
    Instant updatedGt,
    Instant updatedLte,
    Instant updatedLt,
    Instant createdGte,
    Instant createdLt,
    boolean includeArchived) {

  static LinearIssueFilter of(Map<String, Object> filter, boolean includeArchived) {
    if (filter == null) {
      return new LinearIssueFilter(null, null, null, null, null, null, includeArchived);
    }
    for (String key : filter.keySet()) {
      if (!key.equals("updatedAt") && !key.equals("createdAt")) {
        throw new IllegalArgumentException(
            "The stand-in filters issues on updatedAt and createdAt only, not on " + key);
      }
    }
    Map<String, Object> updated = comparator(filter, "updatedAt");
    Map<String, Object> created = comparator(filter, "createdAt");
    Instant eq = instant(updated, "eq");
    return new LinearIssueFilter(
        eq != null ? eq : instant(updated, "gte"),
        instant(updated, "gt"),
        eq != null ? eq : instant(updated, "lte"),
        instant(updated, "lt"),
        instant(created, "gte"),
        instant(created, "lt"),
        includeArchived);
  }

  boolean test(LinearWorkspace workspace, int index) {
    if (updatedGte != null || updatedGt != null || updatedLte != null || updatedLt != null) {
      Instant u = workspace.updatedAt(index);
      if ((updatedGte != null && u.isBefore(updatedGte))
          || (updatedGt != null && !u.isAfter(updatedGt))
          || (updatedLte != null && u.isAfter(updatedLte))
          || (updatedLt != null && !u.isBefore(updatedLt))) {
        return false;
      }
    }
    if (createdGte != null || createdLt != null) {
      Instant c = Instant.parse((String) workspace.issue(index).get("createdAt"));
      return (createdGte == null || !c.isBefore(createdGte))
          && (createdLt == null || c.isBefore(createdLt));
    }
    return true;
  }

  /** Whether only issues changed after {@code instant} can match. */
  boolean onlyChangedAfter(Instant instant) {
    return (updatedGte != null && updatedGte.isAfter(instant))
        || (updatedGt != null && !updatedGt.isBefore(instant));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> comparator(Map<String, Object> filter, String key) {
    Object value = filter.get(key);
    return value instanceof Map ? (Map<String, Object>) value : Map.of();
  }

  private static Instant instant(Map<String, Object> comparator, String op) {
    Object value = comparator.get(op);
    if (value == null) {
      return null;
    }
    try {
      return Instant.parse(value.toString());
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException("Invalid DateTime for " + op + ": " + value, e);
    }
  }
}
