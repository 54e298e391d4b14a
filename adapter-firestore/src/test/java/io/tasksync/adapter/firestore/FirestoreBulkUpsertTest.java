package io.tasksync.adapter.firestore;

import static io.tasksync.port.out.TestTasks.aTask;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.cloud.Timestamp;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.OrganizationId;
import io.tasksync.domain.Task;
import io.tasksync.port.out.TaskStore;
import io.tasksync.port.out.TestTasks;
import io.tasksync.port.out.UpsertResult;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Bulk upserts of thousands of tasks: counts, skipped writes and batch boundaries. */
@ExtendWith(FirestoreEmulatorExtension.class)
class FirestoreBulkUpsertTest {

  private static final int TASKS = 3_000;

  private static FirestoreStores stores;
  private static FirestoreStores smallBatches;

  @BeforeAll
  static void open() {
    FirestoreConfig config = FirestoreEmulator.shared().newProjectConfig();
    stores = FirestoreStores.create(config);
    smallBatches = FirestoreStores.create(config.withBatchSize(7).withWriteParallelism(3));
  }

  @AfterAll
  static void close() {
    for (FirestoreStores s : new FirestoreStores[] {stores, smallBatches}) {
      if (s != null) {
        s.close();
      }
    }
  }

  @Test
  void thousandsOfTasks_areCreated_thenAnUnchangedRepeatWritesNothing() {
    List<Task> tasks = someTasks(TASKS);
    TaskStore store = stores.taskStore();

    long writesBefore = stores.taskDocumentWrites();
    UpsertResult first = store.upsert(tasks);
    long writesAfterFirst = stores.taskDocumentWrites();
    Timestamp storedAt = updateTimeOf(tasks.get(1234));
    UpsertResult again = store.upsert(tasks);

    assertThat(first).isEqualTo(new UpsertResult(TASKS, 0, 0));
    assertThat(writesAfterFirst - writesBefore).isEqualTo(TASKS);
    assertThat(again).isEqualTo(new UpsertResult(0, 0, TASKS));
    assertThat(stores.taskDocumentWrites()).isEqualTo(writesAfterFirst);
    assertThat(updateTimeOf(tasks.get(1234))).isEqualTo(storedAt);
    assertThat(store.countActive(tasks.get(0).integrationId())).isEqualTo(TASKS);
  }

  @Test
  void mixedUpsert_writesOnlyTheNewAndChangedTasks() {
    List<Task> tasks = someTasks(500);
    stores.taskStore().upsert(tasks);
    List<Task> next = new ArrayList<>(tasks);
    next.set(10, tasks.get(10).toBuilder().title("renamed").build());
    next.set(20, tasks.get(20).toBuilder().title("renamed too").build());
    next.add(aTask(tasks.get(0).organizationId(), tasks.get(0).integrationId()).build());
    long writesBefore = stores.taskDocumentWrites();

    UpsertResult result = stores.taskStore().upsert(next);

    assertThat(result).isEqualTo(new UpsertResult(1, 2, 498));
    assertThat(stores.taskDocumentWrites() - writesBefore).isEqualTo(3);
    assertThat(stores.taskStore().get(next.get(20).key()).orElseThrow().title())
        .isEqualTo("renamed too");
  }

  @Test
  void smallParallelBatches_countEveryTaskOnce_andTheLastVersionOfAKeyWins() {
    List<Task> tasks = new ArrayList<>(someTasks(100));
    Task first = tasks.get(3);
    tasks.add(first.toBuilder().title("the last version").build());

    UpsertResult result = smallBatches.taskStore().upsert(tasks);

    assertThat(result).isEqualTo(new UpsertResult(100, 0, 0));
    assertThat(smallBatches.taskStore().get(first.key()).orElseThrow().title())
        .isEqualTo("the last version");
  }

  private static List<Task> someTasks(int n) {
    OrganizationId org = TestTasks.anOrganization();
    IntegrationId integration = TestTasks.anIntegration();
    return IntStream.range(0, n)
        .mapToObj(i -> aTask(org, integration).description("task number " + i).build())
        .toList();
  }

  private static Timestamp updateTimeOf(Task task) {
    try {
      return stores
          .firestore()
          .collection(TaskFields.COLLECTION)
          .document(TaskDocIds.of(task.key()))
          .get()
          .get()
          .getUpdateTime();
    } catch (java.util.concurrent.ExecutionException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }
}
