package io.tasksync.adapter.firestore;

import com.google.api.gax.retrying.RetrySettings;
import com.google.cloud.firestore.Firestore;
import com.google.cloud.firestore.FirestoreOptions;
import java.time.Duration;

/** Opens Firestore clients whose every call is bounded by the configured request timeout. */
final class FirestoreClients {

  private FirestoreClients() {}

  static Firestore open(FirestoreConfig config) {
    FirestoreOptions.Builder options =
        FirestoreOptions.newBuilder()
            .setProjectId(config.projectId())
            .setDatabaseId(config.databaseId())
            .setRetrySettings(retrySettings(config.requestTimeout()));
    if (config.usesEmulator()) {
      options
          .setEmulatorHost(config.emulatorHost())
          .setCredentials(new FirestoreOptions.EmulatorCredentials());
    }
    return options.build().getService();
  }

  /** The client's own retries of transient errors, all within one request timeout. */
  static RetrySettings retrySettings(Duration timeout) {
    Duration perAttempt = timeout.dividedBy(2);
    return RetrySettings.newBuilder()
        .setTotalTimeoutDuration(timeout)
        .setInitialRetryDelayDuration(Duration.ofMillis(100))
        .setRetryDelayMultiplier(1.6)
        .setMaxRetryDelayDuration(Duration.ofSeconds(5))
        .setInitialRpcTimeoutDuration(perAttempt)
        .setRpcTimeoutMultiplier(1.0)
        .setMaxRpcTimeoutDuration(perAttempt)
        .setJittered(true)
        .build();
  }
}
