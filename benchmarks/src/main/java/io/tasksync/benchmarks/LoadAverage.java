package io.tasksync.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/** The machine's 1-minute load average, for the record beside every figure. */
final class LoadAverage {

  private LoadAverage() {}

  static String now() {
    return String.format(
        Locale.ROOT, "%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }
}
