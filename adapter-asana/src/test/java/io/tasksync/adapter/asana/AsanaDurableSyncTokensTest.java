package io.tasksync.adapter.asana;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import io.tasksync.application.memory.InMemoryProviderStateStore;
import io.tasksync.domain.RunKind;
import io.tasksync.port.out.FetchRequest;
import io.tasksync.port.out.ProviderCallObserver;
import io.tasksync.port.out.ProviderConnector;
import io.tasksync.port.out.ProviderStateStore;
import io.tasksync.port.out.TaskPage;
import io.tasksync.port.out.TaskProvider;
import io.tasksync.port.out.TokenSource;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Events API sync tokens outlive the adapter instance through the provider state store. */
class AsanaDurableSyncTokensTest {

  private final AsanaTestBed bed = AsanaTestBed.withTasks(120);
  private final TokenSource tokens = bed.tokens();
  private final ProviderStateStore store = new InMemoryProviderStateStore();

  @AfterEach
  void stop() {
    bed.close();
  }

  private TaskProvider providerOver(ProviderStateStore state) {
    return AsanaAdapters.create(bed.config, Clock.systemUTC(), ProviderCallObserver.NONE, state)
        .taskProvider();
  }

  private static List<TaskPage> fetch(TaskProvider provider, FetchRequest request) {
    try (Stream<TaskPage> pages = provider.fetch(request)) {
      return pages.toList();
    }
  }

  private static List<String> deleted(List<TaskPage> pages) {
    return pages.stream().flatMap(p -> p.deletedExternalIds().stream()).toList();
  }

  private FetchRequest incrementalSince(Instant since) {
    return new FetchRequest(bed.integration, RunKind.INCREMENTAL, null, since, tokens);
  }

  @Test
  void fullListing_keepsOneSyncTokenPerProjectInTheStore() {
    fetch(providerOver(store), FetchRequest.full(bed.integration, tokens));

    for (int p = 0; p < bed.standIn.projectCount(); p++) {
      assertThat(store.get(bed.integration.id(), "asana.events.sync." + bed.standIn.projectGid(p)))
          .isPresent();
    }
  }

  @Test
  void newAdaptersOverTheSameStore_reportTheDeletionMadeBetweenTheRuns() {
    fetch(providerOver(store), FetchRequest.full(bed.integration, tokens));
    Instant since = Instant.now();
    String gone = bed.standIn.taskGid(53);
    bed.standIn.deleteTask(gone);

    List<TaskPage> pages = fetch(providerOver(store), incrementalSince(since));

    assertThat(deleted(pages)).containsExactly(gone);
    assertThat(pages).noneMatch(TaskPage::reconcileNeeded);
  }

  @Test
  void newAdaptersWithTokensInMemoryOnly_missTheDeletionAndAskForAReconciliation() {
    fetch(providerOver(store), FetchRequest.full(bed.integration, tokens));
    Instant since = Instant.now();
    bed.standIn.deleteTask(bed.standIn.taskGid(53));

    List<TaskPage> pages =
        fetch(
            AsanaAdapters.create(bed.config, Clock.systemUTC()).taskProvider(),
            incrementalSince(since));

    assertThat(deleted(pages)).isEmpty();
    assertThat(pages).anyMatch(TaskPage::reconcileNeeded);
  }

  @Test
  void module_keepsTheTokensInTheStoreTheAppBinds() {
    Injector injector =
        Guice.createInjector(
            binder -> binder.requireExplicitBindings(),
            new AsanaModule(bed.config),
            binder -> binder.bind(java.time.Clock.class).toInstance(java.time.Clock.systemUTC()),
            binder -> binder.bind(ProviderStateStore.class).toInstance(store));
    TaskProvider provider =
        injector
            .getInstance(Key.get(new TypeLiteral<Set<ProviderConnector>>() {}))
            .iterator()
            .next()
            .taskProvider();

    fetch(provider, FetchRequest.full(bed.integration, tokens));

    assertThat(store.get(bed.integration.id(), "asana.events.sync." + bed.standIn.projectGid(0)))
        .isPresent();
  }
}
