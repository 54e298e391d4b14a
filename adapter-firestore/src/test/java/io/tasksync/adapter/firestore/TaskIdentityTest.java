package io.tasksync.adapter.firestore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.cloud.Timestamp;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.TaskKey;
import io.tasksync.port.out.TaskQuery;
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
  void cursor_roundTripsInEachOrder() {
    TaskCursor byUpdate =
        new TaskCursor(
            TaskQuery.Order.UPDATED_AT,
            Timestamp.ofTimeSecondsAndNanos(1_700_000_000L, 123_000),
            "ab".repeat(16));
    TaskCursor byKey = new TaskCursor(TaskQuery.Order.KEY, null, "cd".repeat(16));
    TaskCursor byDue = new TaskCursor(TaskQuery.Order.DUE_DAY, "2026-05-01", "ef".repeat(16));

    assertThat(TaskCursor.decode(byUpdate.encode(), TaskQuery.Order.UPDATED_AT))
        .isEqualTo(byUpdate);
    assertThat(TaskCursor.decode(byKey.encode(), TaskQuery.Order.KEY)).isEqualTo(byKey);
    assertThat(TaskCursor.decode(byDue.encode(), TaskQuery.Order.DUE_DAY)).isEqualTo(byDue);
  }

  @Test
  void aCursorOfAnotherOrder_isRejected() {
    TaskCursor byKey = new TaskCursor(TaskQuery.Order.KEY, null, "cd".repeat(16));

    assertThatThrownBy(() -> TaskCursor.decode(byKey.encode(), TaskQuery.Order.UPDATED_AT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cursor");
  }

  @Test
  void foreignCursors_areRejectedMentioningTheCursor() {
    assertThatThrownBy(() -> TaskCursor.decode("bm90IGEgY3Vyc29y", TaskQuery.Order.KEY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cursor");
    assertThatThrownBy(() -> TaskCursor.decode("%%%", TaskQuery.Order.KEY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cursor");
  }
}
