package io.tasksync.adapter.firestore;

import static io.tasksync.port.out.TestTasks.aTask;
import static org.assertj.core.api.Assertions.assertThat;

import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.OrganizationId;
import io.tasksync.domain.Task;
import io.tasksync.port.out.TaskStore;
import io.tasksync.port.out.TestTasks;
import io.tasksync.port.out.UpsertResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A first import skips the hash reads; a create that meets a stored task falls back to them. */
@ExtendWith(FirestoreEmulatorExtension.class)
class FirestoreCreateFirstTest {

  private FirestoreStores stores;
  private TaskStore store;
  private final OrganizationId org = TestTasks.anOrganization();
  private final IntegrationId integration = TestTasks.anIntegration();

  @BeforeEach
  void open() {
    FirestoreConfig config = FirestoreEmulator.shared().newProjectConfig();
    stores = FirestoreStores.create(config.withBatchSize(50).withWriteParallelism(1));
    store = stores.taskStore();
  }

  @AfterEach
  void close() {
    stores.close();
  }

  @Test
  void firstImport_afterAProbeOfAbsentTasks_writesWithoutReading() {
    store.upsert(tasks(0, 50));
    long readsAfterFirstPage = stores.taskHashReads();
    long writesAfterFirstPage = stores.taskDocumentWrites();

    UpsertResult second = store.upsert(tasks(50, 100));
    UpsertResult third = store.upsert(tasks(100, 150));

    assertThat(readsAfterFirstPage).isEqualTo(CreateFirstHints.MIN_EVIDENCE);
    assertThat(second).isEqualTo(new UpsertResult(50, 0, 0));
    assertThat(third).isEqualTo(new UpsertResult(50, 0, 0));
    assertThat(stores.taskHashReads()).isEqualTo(readsAfterFirstPage);
    assertThat(stores.taskDocumentWrites() - writesAfterFirstPage).isEqualTo(100);
    assertThat(store.countActive(integration)).isEqualTo(150);
  }

  @Test
  void createsMeetingStoredTasks_fallBackToReading_andCountWhatHappened() {
    List<Task> stored = tasks(0, 50);
    store.upsert(stored);
    store.markDeleted(integration, List.of(stored.get(0).externalId()), Instant.now());
    List<Task> next = new ArrayList<>(stored.subList(0, 40));
    for (int i = 40; i < 45; i++) {
      next.add(stored.get(i).toBuilder().title("renamed " + i).build());
    }
    next.addAll(tasks(50, 55));
    long writesBefore = stores.taskDocumentWrites();
    long readsBefore = stores.taskHashReads();

    UpsertResult result = store.upsert(next);

    assertThat(result).isEqualTo(new UpsertResult(5, 6, 39));
    assertThat(stores.taskDocumentWrites() - writesBefore).isEqualTo(11);
    assertThat(stores.taskHashReads() - readsBefore).isEqualTo(50);
    assertThat(store.get(stored.get(42).key()).orElseThrow().title()).isEqualTo("renamed 42");
    assertThat(store.get(stored.get(0).key()).orElseThrow().isDeleted()).isFalse();
    assertThat(store.countActive(integration)).isEqualTo(55);
  }

  @Test
  void afterMeetingStoredTasks_theNextCallReadsFirstAgain() {
    List<Task> stored = tasks(0, 50);
    store.upsert(stored);
    store.upsert(List.of(stored.get(7).toBuilder().title("changed").build()));
    long readsBefore = stores.taskHashReads();

    UpsertResult unchanged = store.upsert(stored.subList(10, 50));

    assertThat(unchanged).isEqualTo(new UpsertResult(0, 0, 40));
    assertThat(stores.taskHashReads() - readsBefore).isEqualTo(40);
  }

  @Test
  void aStoreThatHasNotSeenTheIntegration_probes_thenReadsStoredTasksBeforeWriting() {
    List<Task> stored = tasks(0, 250);
    store.upsert(stored);
    try (FirestoreStores other =
        FirestoreStores.create(stores.config().withBatchSize(50).withWriteParallelism(1))) {

      UpsertResult again = other.taskStore().upsert(stored);

      assertThat(again).isEqualTo(new UpsertResult(0, 0, 250));
      assertThat(other.taskDocumentWrites()).isZero();
      assertThat(other.taskHashReads()).isEqualTo(CreateFirstHints.MIN_EVIDENCE + 250);
    }
  }

  @Test
  void aLargeCallAfterAnImport_probesFirst_insteadOfFailingCreates() {
    List<Task> stored = tasks(0, 250);
    store.upsert(stored.subList(0, 50));
    store.upsert(stored.subList(50, 250));
    long readsBefore = stores.taskHashReads();

    UpsertResult again = store.upsert(stored);

    assertThat(again).isEqualTo(new UpsertResult(0, 0, 250));
    assertThat(stores.taskHashReads() - readsBefore).isEqualTo(CreateFirstHints.MIN_EVIDENCE + 250);
  }

  private List<Task> tasks(int from, int to) {
    return IntStream.range(from, to)
        .mapToObj(i -> aTask(org, integration).description("task " + i).build())
        .toList();
  }
}
