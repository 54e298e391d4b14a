package io.tasksync.domain;

/** A task's priority: the normalized level and the provider's raw value (may be null). */
public record Priority(PriorityLevel level, String raw) {

  public static final Priority NONE = new Priority(PriorityLevel.NONE, null);

  public Priority {
    Require.field(level, "priority.level");
    raw = Require.blankToNull(raw);
  }

  public static Priority of(PriorityLevel level, String raw) {
    return new Priority(level, raw);
  }
}
