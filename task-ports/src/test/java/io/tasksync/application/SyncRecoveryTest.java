package io.tasksync.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.tasksync.application.memory.InMemoryIntegrationStore;
import io.tasksync.application.memory.InMemorySyncStateStore;
import io.tasksync.application.memory.InMemoryTaskStore;
import io.tasksync.domain.EncryptedCredentials;
import io.tasksync.domain.ErrorCategory;
import io.tasksync.domain.Integration;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.LeaseOwner;
import io.tasksync.domain.OrganizationId;
import io.tasksync.domain.Provider;
import io.tasksync.domain.RunKind;
import io.tasksync.domain.SyncState;
import io.tasksync.domain.SyncStatus;
import io.tasksync.domain.Task;
import io.tasksync.port.in.SyncOutcome;
import io.tasksync.port.in.SyncReport;
import io.tasksync.port.in.SyncTasksCommand;
import io.tasksync.port.out.ProviderUnavailableException;
import io.tasksync.port.out.TestTasks;
import io.tasksync.port.out.TokenSource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How runs recover from a dead process or a failed attempt, and what their state then says. */
class SyncRecoveryTest {

  private static final Instant T0 = Instant.parse("2026-05-01T10:00:00Z");

  private final MutableClock clock = new MutableClock(T0);
  private final InMemoryIntegrationStore integrations = new InMemoryIntegrationStore();
  private final InMemorySyncStateStore states = new InMemorySyncStateStore();
  private final InMemoryTaskStore tasks = new InMemoryTaskStore();
  private final OrganizationId org = OrganizationId.of("org-1");
  private final IntegrationId id = IntegrationId.of("int-1");

  @BeforeEach
  void connect() {
    integrations.save(
        Integration.connected(
            id, org, Provider.ASANA, new EncryptedCredentials("k", "c"), List.of(), T0));
  }

  @Test
  void reconcileResumedAfterATransientFailure_endsPartialSayingWhy_andAsksForAnotherOne() {
    List<List<Task>> pages = pagesOf(3, 10);
    sync(service(new ScriptedTaskProvider(pages), "host-a/1"), RunKind.INITIAL);
    ScriptedTaskProvider withoutTwo =
        new ScriptedTaskProvider(withoutLastTwo(pages))
            .failAlwaysAt(1, () -> new ProviderUnavailableException("HTTP 503"), 5);
    SyncReport failed = sync(service(withoutTwo, "host-a/1"), RunKind.RECONCILE);

    SyncReport resumed = sync(service(withoutTwo, "host-a/1"), RunKind.RECONCILE);

    assertThat(failed.outcome()).isEqualTo(SyncOutcome.PARTIAL);
    assertThat(resumed.resumed()).isTrue();
    assertThat(resumed.kind()).isEqualTo(RunKind.RECONCILE);
    assertThat(resumed.outcome()).isEqualTo(SyncOutcome.PARTIAL);
    assertThat(resumed.reconcileNeeded()).isTrue();
    assertThat(resumed.warnings()).containsExactly(DeletionCheck.NOT_KNOWN_WHOLE);
    assertThat(state().status()).isEqualTo(SyncStatus.PARTIAL);
    assertThat(state().lastError().category()).isEqualTo(ErrorCategory.TRANSIENT);
    assertThat(state().lastError().message()).contains("not known whole");
    assertThat(state().hasUnfinishedRun()).isFalse();
    assertThat(tasks.countActive(id)).isEqualTo(30);
  }

  @Test
  void reconciliationAfterAResumedOne_checksDeletions_andSucceeds() {
    List<List<Task>> pages = pagesOf(3, 10);
    sync(service(new ScriptedTaskProvider(pages), "host-a/1"), RunKind.INITIAL);
    ScriptedTaskProvider withoutTwo =
        new ScriptedTaskProvider(withoutLastTwo(pages))
            .failAlwaysAt(1, () -> new ProviderUnavailableException("HTTP 503"), 5);
    sync(service(withoutTwo, "host-a/1"), RunKind.RECONCILE);
    sync(service(withoutTwo, "host-a/1"), RunKind.RECONCILE);

    SyncReport next = sync(service(withoutTwo, "host-a/1"), RunKind.RECONCILE);

    assertThat(next.resumed()).isFalse();
    assertThat(next.outcome()).isEqualTo(SyncOutcome.SUCCEEDED);
    assertThat(next.reconcileNeeded()).isFalse();
    assertThat(next.progress().deleted()).isEqualTo(2);
    assertThat(tasks.countActive(id)).isEqualTo(28);
    assertThat(state().lastError()).isNull();
  }

  @Test
  void firstImportResumedAfterTheProcessDied_stillSucceeds_becauseItBeganWithNothingStored() {
    ScriptedTaskProvider provider =
        new ScriptedTaskProvider(pagesOf(4, 10))
            .failAt(
                2,
                () -> {
                  throw new SimulatedCrash();
                });
    crash(service(provider, "host-a/1"));

    SyncReport resumed = sync(service(provider, "host-a/2"), RunKind.INCREMENTAL);

    assertThat(resumed.resumed()).isTrue();
    assertThat(resumed.outcome()).isEqualTo(SyncOutcome.SUCCEEDED);
    assertThat(resumed.reconcileNeeded()).isFalse();
    assertThat(tasks.countActive(id)).isEqualTo(40);
  }

  @Test
  void restartedIncarnationOfTheSameInstance_takesBackItsLiveLease_andResumesAtOnce() {
    ScriptedTaskProvider provider =
        new ScriptedTaskProvider(pagesOf(4, 10))
            .failAt(
                2,
                () -> {
                  throw new SimulatedCrash();
                });
    crash(service(provider, LeaseOwner.of("host-a", "1").id()));
    clock.advance(Duration.ofSeconds(1));

    SyncReport otherInstance = sync(service(provider, "host-b/1"), RunKind.INCREMENTAL);
    SyncReport restarted = sync(service(provider, "host-a/2"), RunKind.INCREMENTAL);

    assertThat(otherInstance.outcome()).isEqualTo(SyncOutcome.SKIPPED_LEASE_HELD);
    assertThat(restarted.outcome()).isEqualTo(SyncOutcome.SUCCEEDED);
    assertThat(restarted.resumed()).isTrue();
    assertThat(provider.requests.get(1).cursor()).isEqualTo("page-1");
    assertThat(tasks.countActive(id)).isEqualTo(40);
  }

  /** Runs until the provider "kills the process" and leaves the live lease as a dead one would. */
  private void crash(SyncTasksService service) {
    try {
      sync(service, RunKind.INITIAL);
    } catch (SimulatedCrash expected) {
      // the lease was released in finally, which a killed process never does: put it back
    }
    String owner = service.settings().owner();
    states.acquireLease(id, owner, clock.instant(), service.settings().leaseTtl());
  }

  private SyncTasksService service(ScriptedTaskProvider provider, String owner) {
    return new SyncTasksService(
        integrations,
        states,
        tasks,
        List.of(provider),
        integrationId -> TokenSource.fixed("token"),
        SyncSettings.defaults(owner),
        clock,
        clock::advance,
        SyncObserver.NONE);
  }

  private SyncReport sync(SyncTasksService service, RunKind kind) {
    return service.sync(new SyncTasksCommand(id, kind));
  }

  private SyncState state() {
    return states.get(id).orElseThrow();
  }

  private List<List<Task>> pagesOf(int pages, int perPage) {
    return IntStream.range(0, pages)
        .mapToObj(
            p ->
                IntStream.range(0, perPage)
                    .mapToObj(i -> TestTasks.aTask(org, id).title("p" + p + "-t" + i).build())
                    .toList())
        .toList();
  }

  private static List<List<Task>> withoutLastTwo(List<List<Task>> pages) {
    List<Task> last = pages.get(pages.size() - 1);
    return List.of(pages.get(0), pages.get(1), last.subList(0, last.size() - 2));
  }

  /** Stands for the process dying: not an exception the service may catch. */
  private static final class SimulatedCrash extends Error {}
}
