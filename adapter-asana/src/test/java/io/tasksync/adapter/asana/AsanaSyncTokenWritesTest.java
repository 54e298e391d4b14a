package io.tasksync.adapter.asana;

import static org.assertj.core.api.Assertions.assertThat;

import io.tasksync.application.memory.InMemoryProviderStateStore;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.RunKind;
import io.tasksync.port.out.FetchRequest;
import io.tasksync.port.out.ProviderCallObserver;
import io.tasksync.port.out.ProviderStateStore;
import io.tasksync.port.out.TaskPage;
import io.tasksync.port.out.TokenSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An incremental run writes a project's Events API sync token only when events moved it on, or when
 * the kept one is old enough to need renewing before Asana lets it expire.
 */
class AsanaSyncTokenWritesTest {

  private static final Instant T0 = Instant.parse("2026-12-04T12:00:00Z");

  private final AsanaTestBed bed = AsanaTestBed.withTasks(120);
  private final TokenSource tokens = bed.tokens();
  private final CountingStore store = new CountingStore();

  @AfterEach
  void stop() {
    bed.close();
  }

  private List<TaskPage> fetch(Instant now, FetchRequest request) {
    Clock clock = Clock.fixed(now, ZoneOffset.UTC);
    try (Stream<TaskPage> pages =
        AsanaAdapters.create(bed.config, clock, ProviderCallObserver.NONE, store)
            .taskProvider()
            .fetch(request)) {
      return pages.toList();
    }
  }

  private FetchRequest incremental() {
    return new FetchRequest(bed.integration, RunKind.INCREMENTAL, null, Instant.now(), tokens);
  }

  private static List<String> deleted(List<TaskPage> pages) {
    return pages.stream().flatMap(p -> p.deletedExternalIds().stream()).toList();
  }

  @Test
  void idleIncrementalRun_writesNoSyncToken() {
    fetch(T0, FetchRequest.full(bed.integration, tokens));
    store.puts.clear();

    fetch(T0.plus(Duration.ofMinutes(5)), incremental());

    assertThat(store.puts).isEmpty();
  }

  @Test
  void incrementalRunAfterADeletion_writesOnlyTheMovedTokenAndReportsTheDeletionOnce() {
    fetch(T0, FetchRequest.full(bed.integration, tokens));
    String gone = bed.standIn.taskGid(53);
    bed.standIn.deleteTask(gone);
    store.puts.clear();

    List<TaskPage> first = fetch(T0.plus(Duration.ofMinutes(5)), incremental());
    List<String> writes = List.copyOf(store.puts);
    List<TaskPage> second = fetch(T0.plus(Duration.ofMinutes(10)), incremental());

    assertThat(deleted(first)).containsExactly(gone);
    assertThat(writes).hasSize(1);
    assertThat(deleted(second)).isEmpty();
    assertThat(second).noneMatch(TaskPage::reconcileNeeded);
  }

  @Test
  void idleRunOnceTheKeptTokensAreAnHourOld_renewsEveryToken() {
    fetch(T0, FetchRequest.full(bed.integration, tokens));
    store.puts.clear();

    fetch(T0.plus(Duration.ofMinutes(61)), incremental());

    assertThat(store.puts).hasSize(bed.standIn.projectCount());
  }

  @Test
  void tokensKeptBareByAnEarlierVersion_areStillUsedAndRenewed() {
    fetch(T0, FetchRequest.full(bed.integration, tokens));
    for (int p = 0; p < bed.standIn.projectCount(); p++) {
      String key = "asana.events.sync." + bed.standIn.projectGid(p);
      String value = store.get(bed.integration.id(), key).orElseThrow();
      store.put(bed.integration.id(), key, value.substring(value.indexOf(' ') + 1));
    }
    String gone = bed.standIn.taskGid(53);
    bed.standIn.deleteTask(gone);
    store.puts.clear();

    List<TaskPage> pages = fetch(T0.plus(Duration.ofMinutes(5)), incremental());

    assertThat(deleted(pages)).containsExactly(gone);
    assertThat(pages).noneMatch(TaskPage::reconcileNeeded);
    assertThat(store.puts).hasSize(bed.standIn.projectCount());
  }

  /** Records the keys written. */
  private static final class CountingStore implements ProviderStateStore {
    private final InMemoryProviderStateStore inner = new InMemoryProviderStateStore();
    final List<String> puts = java.util.Collections.synchronizedList(new ArrayList<>());

    @Override
    public Optional<String> get(IntegrationId integrationId, String key) {
      return inner.get(integrationId, key);
    }

    @Override
    public void put(IntegrationId integrationId, String key, String value) {
      puts.add(key);
      inner.put(integrationId, key, value);
    }

    @Override
    public void deleteAll(IntegrationId integrationId) {
      inner.deleteAll(integrationId);
    }
  }
}
