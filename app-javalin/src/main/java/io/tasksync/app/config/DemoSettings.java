package io.tasksync.app.config;

import java.util.Locale;
import java.util.Map;

/**
 * What demo mode starts beside the app.
 *
 * @param useEmulator whether to run the Firestore emulator when it is installed (else in-memory)
 * @param emulatorJar where the emulator jar is, or null for the Google Cloud SDK's location
 */
public record DemoSettings(boolean useEmulator, String emulatorJar) {

  /** {@code TASKSYNC_DEMO_STORE} ({@code firestore} by default, or {@code memory}). */
  public static DemoSettings from(Map<String, String> env) {
    String store = env.getOrDefault("TASKSYNC_DEMO_STORE", "firestore").trim();
    return new DemoSettings(
        !store.toLowerCase(Locale.ROOT).equals("memory"),
        env.get("TASKSYNC_FIRESTORE_EMULATOR_JAR"));
  }
}
