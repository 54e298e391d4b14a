package io.tasksync.adapter.firestore;

import static io.tasksync.port.out.TestTasks.aTask;
import static org.assertj.core.api.Assertions.assertThat;

import io.tasksync.domain.RawPayload;
import io.tasksync.domain.Task;
import io.tasksync.port.out.TestTasks;
import io.tasksync.port.out.UpsertResult;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Huge provider content is cut with a marker, never a failed write at the 1 MiB limit. */
@ExtendWith(FirestoreEmulatorExtension.class)
class FirestoreTaskDocumentLimitsTest {

  private static final int THREE_MB = 3 * 1024 * 1024;

  private static FirestoreStores stores;

  @BeforeAll
  static void open() {
    stores = FirestoreStores.create(FirestoreEmulator.shared().newProjectConfig());
  }

  @AfterAll
  static void close() {
    if (stores != null) {
      stores.close();
    }
  }

  @Test
  void threeMegabyteDescriptionAndPayload_areStoredTruncatedWithAMarker() {
    String description = "é".repeat(THREE_MB / 2);
    String payload = "{\"notes\":\"" + "x".repeat(THREE_MB) + "\"}";
    Task huge =
        aTask(TestTasks.anOrganization(), TestTasks.anIntegration())
            .description(description)
            .raw(new RawPayload(payload, false))
            .build();

    UpsertResult result = stores.taskStore().upsert(List.of(huge));
    Task stored = stores.taskStore().get(huge.key()).orElseThrow();

    assertThat(result).isEqualTo(new UpsertResult(1, 0, 0));
    assertThat(stored.description()).endsWith(TaskFields.TRUNCATION_MARKER).startsWith("éééé");
    assertThat(utf8(stored.description())).isLessThanOrEqualTo(TaskFields.MAX_DESCRIPTION_BYTES);
    assertThat(stored.raw().truncated()).isTrue();
    assertThat(stored.raw().json()).startsWith("{\"notes\":\"xxx");
    assertThat(stored.raw().sizeInBytes()).isLessThanOrEqualTo(TaskFields.MAX_RAW_BYTES);
    assertThat(stored.title()).isEqualTo(huge.title());
  }

  @Test
  void truncatedTask_upsertedAgain_isUnchanged() {
    Task huge =
        aTask(TestTasks.anOrganization(), TestTasks.anIntegration())
            .description("d".repeat(THREE_MB))
            .build();
    stores.taskStore().upsert(List.of(huge));
    long writesBefore = stores.taskDocumentWrites();

    UpsertResult again = stores.taskStore().upsert(List.of(huge));

    assertThat(again).isEqualTo(new UpsertResult(0, 0, 1));
    assertThat(stores.taskDocumentWrites()).isEqualTo(writesBefore);
  }

  @Test
  void manyLargeTasksInOneCall_areSplitIntoCommitsUnderTheRequestLimit() {
    List<Task> large =
        java.util.stream.IntStream.range(0, 40)
            .mapToObj(
                i ->
                    aTask(TestTasks.anOrganization(), TestTasks.anIntegration())
                        .description("y".repeat(300_000))
                        .raw(new RawPayload("z".repeat(300_000), false))
                        .build())
            .toList();

    UpsertResult result = stores.taskStore().upsert(large);

    assertThat(result.created()).isEqualTo(40);
    assertThat(stores.taskStore().get(large.get(39).key())).isPresent();
  }

  private static int utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }
}
