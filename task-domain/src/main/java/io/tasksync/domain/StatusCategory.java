package io.tasksync.domain;

import java.util.Locale;

/** The provider-independent status of a task; the provider's own name is kept beside it. */
public enum StatusCategory {
  TODO,
  IN_PROGRESS,
  DONE,
  CANCELED;

  /** Whether a task in this category is finished, one way or the other. */
  public boolean isClosed() {
    return this == DONE || this == CANCELED;
  }

  /**
   * Parses a category name, case-insensitively.
   *
   * @throws IllegalArgumentException naming the field when the name is unknown
   */
  public static StatusCategory fromName(String name) {
    if (name != null) {
      try {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        // fall through to the message below
      }
    }
    throw new IllegalArgumentException(
        "statusCategory: unknown status category '"
            + name
            + "', expected TODO, IN_PROGRESS, DONE or CANCELED");
  }
}
