package io.tasksync.adapter.firestore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FirestoreConfigTest {

  @Test
  void production_usesTheDefaultDatabaseAndTheMeasuredDefaults() {
    FirestoreConfig config = FirestoreConfig.production("acme");

    assertThat(config.usesEmulator()).isFalse();
    assertThat(config.databaseId()).isEqualTo("(default)");
    assertThat(config.writeParallelism()).isEqualTo(FirestoreConfig.DEFAULT_WRITE_PARALLELISM);
    assertThat(config.toString()).contains("production", "acme", "Application Default Credentials");
  }

  @Test
  void blankEmulatorHost_meansProduction() {
    FirestoreConfig config = FirestoreConfig.emulator("acme", " ");

    assertThat(config.usesEmulator()).isFalse();
  }

  @Test
  void emulatorConfig_namesItsHostInToString() {
    FirestoreConfig config = FirestoreConfig.emulator("acme", "127.0.0.1:8080");

    assertThat(config.toString()).contains("emulator at 127.0.0.1:8080");
  }

  @Test
  void invalidSettings_areRejectedNamingTheField() {
    FirestoreConfig config = FirestoreConfig.production("acme");

    assertThatThrownBy(() -> config.withBatchSize(501)).hasMessageContaining("batchSize");
    assertThatThrownBy(() -> config.withWriteParallelism(0))
        .hasMessageContaining("writeParallelism");
    assertThatThrownBy(() -> config.withRequestTimeout(Duration.ZERO))
        .hasMessageContaining("requestTimeout");
    assertThatThrownBy(() -> FirestoreConfig.production(" ")).hasMessageContaining("projectId");
  }
}
