package io.tasksync.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tasksync.domain.Integration;
import io.tasksync.domain.RunKind;
import io.tasksync.domain.Task;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What every {@link TaskProvider} must do, run against a provider stand-in seeded with a small
 * workspace (a few pages' worth of tasks, including closed tasks and subtasks).
 */
public abstract class TaskProviderContract {

  /** The adapter under test, pointed at the stand-in. */
  protected abstract TaskProvider provider();

  /** The integration the stand-in's grant belongs to. */
  protected abstract Integration integration();

  /** A token source with a valid token for the stand-in. */
  protected abstract TokenSource tokens();

  /** A token source whose token the stand-in rejects and that cannot be refreshed. */
  protected abstract TokenSource revokedTokens();

  /** How many tasks a full listing of the seeded workspace must return. */
  protected abstract int expectedTaskCount();

  /**
   * Changes {@code count} tasks at the stand-in (so their updated time is now) and returns their
   * external ids.
   */
  protected abstract Set<String> changeTasks(int count);

  protected List<TaskPage> pages(FetchRequest request) {
    try (Stream<TaskPage> pages = provider().fetch(request)) {
      return pages.toList();
    }
  }

  private static List<String> ids(List<TaskPage> pages) {
    return pages.stream().flatMap(p -> p.tasks().stream()).map(Task::externalId).toList();
  }

  @Test
  void fullListing_returnsEveryTaskExactlyOnce() {
    List<TaskPage> pages = pages(FetchRequest.full(integration(), tokens()));

    assertThat(ids(pages)).doesNotHaveDuplicates().hasSize(expectedTaskCount());
    assertThat(pages).hasSizeGreaterThan(1);
  }

  @Test
  void everyTask_isNormalizedIntoTheRequestedIntegration() {
    List<Task> tasks =
        pages(FetchRequest.full(integration(), tokens())).stream()
            .flatMap(p -> p.tasks().stream())
            .toList();

    assertThat(tasks)
        .allSatisfy(
            t -> {
              assertThat(t.organizationId()).isEqualTo(integration().organizationId());
              assertThat(t.integrationId()).isEqualTo(integration().id());
              assertThat(t.provider()).isEqualTo(integration().provider());
              assertThat(t.rawStatus()).isNotBlank();
              assertThat(t.raw().json()).isNotBlank();
            });
    assertThat(tasks).anySatisfy(t -> assertThat(t.statusCategory().isClosed()).isTrue());
    assertThat(tasks).anySatisfy(t -> assertThat(t.parentExternalId()).isNotNull());
  }

  @Test
  void resumingFromAPagesCheckpoint_yieldsTheRestWithNothingMissedOrDoubled() {
    FetchRequest full = FetchRequest.full(integration(), tokens());
    List<String> all = ids(pages(full));
    List<TaskPage> firstTwo;
    try (Stream<TaskPage> pages = provider().fetch(full)) {
      firstTwo = pages.limit(2).toList();
    }

    List<TaskPage> rest = pages(full.resumingAt(firstTwo.get(1).checkpoint()));

    List<String> resumed = new ArrayList<>(ids(firstTwo));
    resumed.addAll(ids(rest));
    assertThat(resumed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(all);
  }

  @Test
  void incrementalRun_afterChanges_returnsExactlyTheChangedTasks() {
    Instant since = Instant.now();
    Set<String> changed = changeTasks(3);

    List<TaskPage> pages =
        pages(new FetchRequest(integration(), RunKind.INCREMENTAL, null, since, tokens()));

    assertThat(ids(pages).stream().collect(Collectors.toSet())).isEqualTo(changed);
  }

  @Test
  void revokedToken_failsWithAnAuthorizationError() {
    assertThatThrownBy(() -> pages(FetchRequest.full(integration(), revokedTokens())))
        .isInstanceOf(AuthorizationException.class);
  }

  @Test
  void workspaces_listTheGrantsWorkspaces() {
    assertThat(provider().workspaces(tokens())).isNotEmpty();
  }
}
