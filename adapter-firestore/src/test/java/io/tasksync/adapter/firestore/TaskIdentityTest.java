package io.tasksync.adapter.firestore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.cloud.Timestamp;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.TaskKey;
import org.junit.jupiter.api.Test;

class TaskIdentityTest {

  @Test
  void docId_isStableHexAndDiffersPerIntegration() {
    TaskKey key = new TaskKey(IntegrationId.of("int-1"), "42");

    String id = TaskDocIds.of(key);

    assertThat(id).matches("[0-9a-f]{32}").isEqualTo(TaskDocIds.of(key));
    assertThat(TaskDocIds.of(new TaskKey(IntegrationId.of("int-2"), "42"))).isNotEqualTo(id);
    assertThat(TaskDocIds.of(new TaskKey(IntegrationId.of("int-14"), "2"))).isNotEqualTo(id);
  }

  @Test
  void cursor_roundTrips() {
    TaskCursor cursor =
        new TaskCursor(Timestamp.ofTimeSecondsAndNanos(1_700_000_000L, 123_000), "ab".repeat(16));

    assertThat(TaskCursor.decode(cursor.encode())).isEqualTo(cursor);
  }

  @Test
  void foreignCursors_areRejectedMentioningTheCursor() {
    assertThatThrownBy(() -> TaskCursor.decode("bm90IGEgY3Vyc29y"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cursor");
    assertThatThrownBy(() -> TaskCursor.decode("%%%"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cursor");
  }
}
