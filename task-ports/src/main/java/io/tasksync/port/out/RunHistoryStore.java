package io.tasksync.port.out;

import io.tasksync.domain.IntegrationId;
import java.util.List;

/**
 * The last sync runs of each integration, bounded: a store keeps at most {@link #capacity()} runs
 * per integration and drops the oldest beyond it.
 */
public interface RunHistoryStore {

  /** Runs kept per integration unless a store is told otherwise. */
  int DEFAULT_CAPACITY = 50;

  /**
   * Keeps a finished run, dropping the integration's oldest runs beyond the capacity. Appending the
   * same run id twice keeps one.
   *
   * @throws StoreUnavailableException when the store cannot be written
   */
  void append(RunRecord run);

  /**
   * The integration's last runs, newest (by finish time) first.
   *
   * @param limit at most this many, at least 1
   * @throws StoreUnavailableException when the store cannot be read
   */
  List<RunRecord> recent(IntegrationId integrationId, int limit);

  /** Forgets every run of an integration. */
  void deleteAll(IntegrationId integrationId);

  /** How many runs are kept per integration. */
  int capacity();
}
