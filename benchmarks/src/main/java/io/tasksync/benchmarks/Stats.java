package io.tasksync.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Timings of one scenario over several runs. */
final class Stats {

  private final String name;
  private final List<Double> seconds = new ArrayList<>();

  Stats(String name) {
    this.name = name;
  }

  void add(long nanos) {
    seconds.add(nanos / 1e9);
  }

  String name() {
    return name;
  }

  List<Double> runs() {
    return List.copyOf(seconds);
  }

  double median() {
    List<Double> sorted = new ArrayList<>(seconds);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
