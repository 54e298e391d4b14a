package io.tasksync.domain;

/** How much work a task is expected to take, in minutes or in points. */
public record Estimate(double value, EstimateUnit unit) {

  public Estimate {
    if (Double.isNaN(value) || Double.isInfinite(value) || value < 0) {
      throw new IllegalArgumentException(
          "estimate.value must be a finite number not below zero, was " + value);
    }
    Require.field(unit, "estimate.unit");
  }

  public static Estimate minutes(double minutes) {
    return new Estimate(minutes, EstimateUnit.MINUTES);
  }

  public static Estimate points(double points) {
    return new Estimate(points, EstimateUnit.POINTS);
  }
}
