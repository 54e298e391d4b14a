package io.tasksync.app.config;

import java.util.Objects;

/**
 * Where the Firestore store lives.
 *
 * @param projectId the Google Cloud project
 * @param databaseId the database, {@code (default)} unless named
 * @param emulatorHost {@code host:port} of a local emulator, or null for the real service
 */
public record FirestoreSettings(String projectId, String databaseId, String emulatorHost) {

  public FirestoreSettings {
    Objects.requireNonNull(projectId, "projectId");
    databaseId = databaseId == null || databaseId.isBlank() ? "(default)" : databaseId;
  }

  public String describe() {
    return emulatorHost == null
        ? "Firestore (project " + projectId + ", database " + databaseId + ")"
        : "Firestore emulator at " + emulatorHost + " (project " + projectId + ")";
  }
}
