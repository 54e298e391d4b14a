package io.tasksync.adapter.clickup;

import static org.assertj.core.api.Assertions.assertThat;

import io.tasksync.application.memory.InMemoryProviderStateStore;
import io.tasksync.domain.RunKind;
import io.tasksync.domain.Task;
import io.tasksync.port.out.FetchRequest;
import io.tasksync.port.out.ProviderStateStore;
import io.tasksync.port.out.RecordingProviderCallObserver;
import io.tasksync.port.out.TaskPage;
import io.tasksync.port.out.TokenSource;
import io.tasksync.sandbox.clickup.ClickUpStandInConfig;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Incremental runs read the archived lists the last walk of the hierarchy found instead of walking
 * it again; full listings walk it and keep what they found.
 */
class ClickUpArchivedListsTest {

  /** The walk's requests ({@code GET /team/{id}/space} also names spaces for mapping tasks). */
  private static final Set<String> WALK =
      Set.of("GET /space/{id}/folder", "GET /space/{id}/list", "GET /folder/{id}/list");

  private final ClickUpSandbox sandbox =
      ClickUpSandbox.with(
          ClickUpStandInConfig.defaults().withWorkspace(1, 120).withRateLimitPerMinute(10_000),
          10_000,
          true);
  private final RecordingProviderCallObserver observer = new RecordingProviderCallObserver();
  private final ProviderStateStore store = new InMemoryProviderStateStore();
  private final ClickUpAdapters adapters =
      ClickUpAdapters.create(sandbox.config, Clock.systemUTC(), observer, store);
  private final TokenSource tokens = TokenSource.fixed(sandbox.standIn.issueToken());

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private List<String> fetch(FetchRequest request) {
    try (Stream<TaskPage> pages = adapters.taskProvider().fetch(request)) {
      return pages.flatMap(p -> p.tasks().stream()).map(Task::externalId).toList();
    }
  }

  private FetchRequest incrementalSince(Instant since) {
    return new FetchRequest(sandbox.integration, RunKind.INCREMENTAL, null, since, tokens);
  }

  private List<String> walkRequests(int from) {
    return observer.calls().subList(from, observer.calls().size()).stream()
        .map(c -> c.operation())
        .filter(WALK::contains)
        .toList();
  }

  @Test
  void idleIncrementalAfterAFullListing_walksNoContainer() {
    fetch(FetchRequest.full(sandbox.integration, tokens));
    int before = observer.calls().size();

    List<String> found = fetch(incrementalSince(Instant.now()));

    int archivedLists = store.get(sandbox.integration.id(), key()).orElseThrow().split(",").length;
    assertThat(found).isEmpty();
    assertThat(walkRequests(before)).isEmpty();
    assertThat(observer.calls().size() - before)
        .as("GET /team, two workspace-wide listings, two listings per archived list")
        .isEqualTo(3 + 2 * archivedLists);
  }

  @Test
  void incrementalAfterAFullListing_findsTheChangesInArchivedFoldersAndSpaces() {
    String inFolder = sandbox.standIn.createTaskInArchivedFolder(0, "in an archived folder");
    String inSpace = sandbox.standIn.createTaskInArchivedSpace(0, "in an archived space");
    fetch(FetchRequest.full(sandbox.integration, tokens));
    Instant since = Instant.now();
    sandbox.standIn.updateTask(inFolder, "renamed in an archived folder");
    sandbox.standIn.updateTask(inSpace, "renamed in an archived space");
    int before = observer.calls().size();

    List<String> found = fetch(incrementalSince(since));

    assertThat(found).containsExactlyInAnyOrder(inFolder, inSpace);
    assertThat(walkRequests(before)).isEmpty();
  }

  @Test
  void incrementalWithNothingKept_walksOnceAndKeepsTheLists() {
    String inFolder = sandbox.standIn.createTaskInArchivedFolder(0, "in an archived folder");
    Instant since = Instant.now();
    sandbox.standIn.updateTask(inFolder, "renamed");

    List<String> first = fetch(incrementalSince(since));
    int before = observer.calls().size();
    List<String> second = fetch(incrementalSince(since));

    assertThat(first).containsExactly(inFolder);
    assertThat(second).containsExactly(inFolder);
    assertThat(walkRequests(0)).isNotEmpty();
    assertThat(walkRequests(before)).isEmpty();
  }

  @Test
  void fullListing_walksEvenWhenListsAreKept() {
    fetch(FetchRequest.full(sandbox.integration, tokens));
    String inSpace = sandbox.standIn.createTaskInArchivedSpace(0, "archived after the listing");
    int before = observer.calls().size();

    List<String> found = fetch(FetchRequest.full(sandbox.integration, tokens));

    assertThat(found).contains(inSpace);
    assertThat(walkRequests(before)).isNotEmpty();
  }

  private String key() {
    return "clickup.archived-lists." + sandbox.standIn.teamId(0);
  }
}
