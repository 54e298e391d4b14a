package io.tasksync.benchmarks;

import io.tasksync.domain.Provider;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * One measured phase of the idle-cost harness: its cause name (under which the Firestore operations
 * and provider requests were booked) and how many runs it covers.
 */
record IdlePhase(
    Provider provider,
    String kind,
    String cause,
    int runs,
    long providerRequests,
    Map<String, Long> requestsByOperation,
    long tasksFetched,
    long tasksWritten,
    double seconds,
    double cpuSeconds,
    Duration tokenLifetime) {

  static final String[] COLLECTIONS = {"tasks", "taskSyncStates", "integrations", "providerState"};

  double requestsPerRun() {
    return providerRequests / (double) runs;
  }

  double readsPerRun() {
    return FirestoreOps.of(cause).billedReads() / (double) runs;
  }

  double writesPerRun() {
    return FirestoreOps.of(cause).written() / (double) runs;
  }

  double readsPerRun(String collection) {
    return FirestoreOps.of(cause + " / " + collection).billedReads() / (double) runs;
  }

  double writesPerRun(String collection) {
    return FirestoreOps.of(cause + " / " + collection).written() / (double) runs;
  }

  /** Firestore calls per run that waited one after the other (the run's critical path). */
  double sequentialFirestoreCallsPerRun() {
    return FirestoreOps.of(cause).sequentialRoundTrips() / (double) runs;
  }

  double taskWritesPerRun() {
    return tasksWritten / (double) runs;
  }

  /** Firestore reads per run by collection, e.g. {@code tasks 10,000; integrations 3}. */
  String readsByCollection() {
    return byCollection(true);
  }

  /** Written per run by collection, and the documents of refused commits (not billed). */
  String writesByCollection() {
    double refused = FirestoreOps.of(cause).writesRefused() / (double) runs;
    return byCollection(false)
        + (refused > 0 ? " (and " + Table.format(refused) + " in refused create commits)" : "");
  }

  String requestsPerRunByOperation() {
    Map<String, String> out = new TreeMap<>();
    requestsByOperation.forEach((op, n) -> out.put(op, Table.format(n / (double) runs)));
    return out.toString().replace("{", "").replace("}", "").replace("=", " ");
  }

  private String byCollection(boolean reads) {
    StringBuilder s = new StringBuilder();
    for (String c : COLLECTIONS) {
      double n = reads ? readsPerRun(c) : writesPerRun(c);
      if (n > 0) {
        s.append(s.length() == 0 ? "" : "; ").append(c).append(' ').append(Table.format(n));
      }
    }
    return s.length() == 0 ? "0" : s.toString();
  }
}
