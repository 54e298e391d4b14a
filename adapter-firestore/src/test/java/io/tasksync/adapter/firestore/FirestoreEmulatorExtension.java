package io.tasksync.adapter.firestore;

import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Makes a test class run against {@link FirestoreEmulator#shared()}: skipped, with the reason,
 * where the emulator is not installed; failed where it is installed but does not start.
 */
public final class FirestoreEmulatorExtension implements BeforeAllCallback {

  @Override
  public void beforeAll(ExtensionContext context) {
    Optional<String> reason = FirestoreEmulator.unavailableReason();
    Assumptions.assumeTrue(reason.isEmpty(), () -> "Firestore tests skipped: " + reason.orElse(""));
    FirestoreEmulator.shared();
  }
}
