package io.tasksync.domain;

/** A normalized priority; the provider's own value is kept in {@link Priority#raw()}. */
public enum PriorityLevel {
  NONE,
  LOW,
  MEDIUM,
  HIGH,
  URGENT
}
