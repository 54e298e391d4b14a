package io.tasksync.benchmarks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Firestore operations booked to one cause: calls by method, documents returned and asked for
 * but missing, aggregations, documents written, and every call's interval.
 */
final class FirestoreOpCounts {

  private final Map<String, Long> calls = new TreeMap<>();
  private final List<long[]> intervals = new ArrayList<>();
  private final List<long[]> commitIntervals = new ArrayList<>();
  private long documentsRead;
  private long missing;
  private long emptyQueries;
  private long aggregations;
  private long aggregatedEntries;
  private long aggregationReads;
  private long written;
  private long commits;
  private long failed;
  private long writesRefused;

  synchronized void callEnded(
      String method, long start, long end, long[] tally, int writes, boolean ok) {
    calls.merge(method, 1L, Long::sum);
    intervals.add(new long[] {start, end});
    failed += ok ? 0 : 1;
    if (ok) {
      written += writes;
    } else {
      writesRefused += writes;
    }
    documentsRead += tally[0];
    missing += tally[1];
    switch (method) {
      case "RunQuery":
        emptyQueries += tally[0] == 0 ? 1 : 0;
        break;
      case "RunAggregationQuery":
        aggregations++;
        aggregatedEntries += tally[2];
        aggregationReads += Math.max(1, (tally[2] + 999) / 1000);
        break;
      case "Commit":
      case "BatchWrite":
        commits++;
        commitIntervals.add(new long[] {start, end});
        break;
      default:
        break;
    }
  }

  /** Documents returned by lookups and queries. */
  synchronized long documentsRead() {
    return documentsRead;
  }

  /** Documents a lookup asked for that were not stored (production bills each as a read). */
  synchronized long missing() {
    return missing;
  }

  /** Queries that returned no document (production bills each as one read). */
  synchronized long emptyQueries() {
    return emptyQueries;
  }

  synchronized long aggregations() {
    return aggregations;
  }

  /** Reads production bills for the aggregations: one per 1,000 index entries, at least one. */
  synchronized long aggregationReads() {
    return aggregationReads;
  }

  synchronized long aggregatedEntries() {
    return aggregatedEntries;
  }

  /** Every read production bills: documents returned, missing lookups, empty queries, counts. */
  synchronized long billedReads() {
    return documentsRead + missing + emptyQueries + aggregationReads;
  }

  /** Documents written by commits that succeeded (sets, creates, updates, deletes). */
  synchronized long written() {
    return written;
  }

  /**
   * Documents in commits that failed (e.g. creates that met a stored document): not written, not
   * billed, but a round trip.
   */
  synchronized long writesRefused() {
    return writesRefused;
  }

  synchronized long commits() {
    return commits;
  }

  synchronized long failedCalls() {
    return failed;
  }

  synchronized long calls() {
    return intervals.size();
  }

  synchronized Map<String, Long> callsByMethod() {
    return new TreeMap<>(calls);
  }

  /** The longest chain of calls each of which started after the previous one ended. */
  synchronized int sequentialRoundTrips() {
    return longestChain(intervals);
  }

  /** The longest chain of commits each of which started after the previous one ended. */
  synchronized int sequentialCommits() {
    return longestChain(commitIntervals);
  }

  /** Greedy by earliest end: the largest set of pairwise non-overlapping intervals. */
  private static int longestChain(List<long[]> spans) {
    List<long[]> sorted = new ArrayList<>(spans);
    sorted.sort(Comparator.comparingLong(s -> s[1]));
    int chain = 0;
    long lastEnd = Long.MIN_VALUE;
    for (long[] s : sorted) {
      if (s[0] > lastEnd) {
        chain++;
        lastEnd = s[1];
      }
    }
    return chain;
  }
}
