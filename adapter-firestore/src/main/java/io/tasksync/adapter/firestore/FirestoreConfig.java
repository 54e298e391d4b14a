package io.tasksync.adapter.firestore;

import java.time.Duration;
import java.util.Objects;

/**
 * Where and how the Firestore stores connect.
 *
 * @param projectId the Google Cloud project
 * @param databaseId the Firestore database, {@value #DEFAULT_DATABASE} unless named otherwise
 * @param emulatorHost {@code host:port} of a Firestore emulator, or null for production Firestore
 *     with Application Default Credentials
 * @param writeParallelism how many upsert batches are read and committed at once
 * @param batchSize how many tasks one upsert batch reads and commits (further cut so that a commit
 *     stays well under Firestore's 10 MiB request limit)
 * @param requestTimeout the longest any one store call may take, retries included, before it fails
 *     with a store exception
 */
public record FirestoreConfig(
    String projectId,
    String databaseId,
    String emulatorHost,
    int writeParallelism,
    int batchSize,
    Duration requestTimeout) {

  public static final String DEFAULT_DATABASE = "(default)";

  /** Measured on the emulator (BENCHMARKS.md, "Firestore bulk upsert"). */
  public static final int DEFAULT_WRITE_PARALLELISM = 8;

  /** Measured on the emulator (BENCHMARKS.md, "Firestore bulk upsert"). */
  public static final int DEFAULT_BATCH_SIZE = 250;

  public static final int MAX_BATCH_SIZE = 500;
  public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);

  public FirestoreConfig {
    if (projectId == null || projectId.isBlank()) {
      throw new IllegalArgumentException("projectId must not be blank");
    }
    databaseId = databaseId == null || databaseId.isBlank() ? DEFAULT_DATABASE : databaseId;
    emulatorHost = emulatorHost == null || emulatorHost.isBlank() ? null : emulatorHost.trim();
    if (writeParallelism < 1 || writeParallelism > 64) {
      throw new IllegalArgumentException("writeParallelism must be 1..64, was " + writeParallelism);
    }
    if (batchSize < 1 || batchSize > MAX_BATCH_SIZE) {
      throw new IllegalArgumentException(
          "batchSize must be 1.." + MAX_BATCH_SIZE + ", was " + batchSize);
    }
    Objects.requireNonNull(requestTimeout, "requestTimeout");
    if (requestTimeout.isNegative() || requestTimeout.isZero()) {
      throw new IllegalArgumentException("requestTimeout must be positive");
    }
  }

  /** Production Firestore with Application Default Credentials and the measured defaults. */
  public static FirestoreConfig production(String projectId) {
    return new FirestoreConfig(
        projectId,
        DEFAULT_DATABASE,
        null,
        DEFAULT_WRITE_PARALLELISM,
        DEFAULT_BATCH_SIZE,
        DEFAULT_REQUEST_TIMEOUT);
  }

  /** A Firestore emulator at {@code host:port}, with the measured defaults. */
  public static FirestoreConfig emulator(String projectId, String emulatorHost) {
    return production(projectId).withEmulatorHost(emulatorHost);
  }

  public boolean usesEmulator() {
    return emulatorHost != null;
  }

  public FirestoreConfig withDatabaseId(String id) {
    return new FirestoreConfig(
        projectId, id, emulatorHost, writeParallelism, batchSize, requestTimeout);
  }

  public FirestoreConfig withEmulatorHost(String host) {
    return new FirestoreConfig(
        projectId, databaseId, host, writeParallelism, batchSize, requestTimeout);
  }

  public FirestoreConfig withWriteParallelism(int parallelism) {
    return new FirestoreConfig(
        projectId, databaseId, emulatorHost, parallelism, batchSize, requestTimeout);
  }

  public FirestoreConfig withBatchSize(int size) {
    return new FirestoreConfig(
        projectId, databaseId, emulatorHost, writeParallelism, size, requestTimeout);
  }

  public FirestoreConfig withRequestTimeout(Duration timeout) {
    return new FirestoreConfig(
        projectId, databaseId, emulatorHost, writeParallelism, batchSize, timeout);
  }

  /** Names the target for log lines and error messages: project, database and where it runs. */
  public String target() {
    return "Firestore "
        + (usesEmulator() ? "emulator at " + emulatorHost : "(production)")
        + ", project "
        + projectId
        + ", database "
        + databaseId;
  }

  @Override
  public String toString() {
    return "FirestoreConfig["
        + target()
        + (usesEmulator() ? "" : ", Application Default Credentials")
        + ", writeParallelism="
        + writeParallelism
        + ", batchSize="
        + batchSize
        + ", requestTimeout="
        + requestTimeout
        + "]";
  }
}
