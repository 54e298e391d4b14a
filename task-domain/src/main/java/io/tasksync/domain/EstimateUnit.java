package io.tasksync.domain;

/** The unit of an estimate: time, or a team's story points. */
public enum EstimateUnit {
  MINUTES,
  POINTS
}
