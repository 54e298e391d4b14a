package io.tasksync.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.tasksync.application.memory.InMemoryIntegrationStore;
import io.tasksync.application.memory.InMemorySyncStateStore;
import io.tasksync.application.memory.InMemoryTaskStore;
import io.tasksync.domain.ConnectionStatus;
import io.tasksync.domain.DeletionGuard;
import io.tasksync.domain.EncryptedCredentials;
import io.tasksync.domain.ErrorCategory;
import io.tasksync.domain.Integration;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.OrganizationId;
import io.tasksync.domain.Provider;
import io.tasksync.domain.RunKind;
import io.tasksync.domain.SyncState;
import io.tasksync.domain.SyncStatus;
import io.tasksync.domain.Task;
import io.tasksync.port.in.SyncOutcome;
import io.tasksync.port.in.SyncReport;
import io.tasksync.port.in.SyncTasksCommand;
import io.tasksync.port.out.AuthorizationException;
import io.tasksync.port.out.ProviderUnavailableException;
import io.tasksync.port.out.RateLimitedException;
import io.tasksync.port.out.TaskQuery;
import io.tasksync.port.out.TestTasks;
import io.tasksync.port.out.TokenSource;
import io.tasksync.port.out.UnexpectedPayloadException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SyncTasksServiceTest {

  private static final Instant T0 = Instant.parse("2026-05-01T10:00:00Z");

  private final MutableClock clock = new MutableClock(T0);
  private final List<Duration> waits = new ArrayList<>();
  private final Sleeper sleeper =
      d -> {
        waits.add(d);
        clock.advance(d);
      };
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

  private List<List<Task>> pagesOf(int pages, int perPage) {
    return IntStream.range(0, pages)
        .mapToObj(
            p ->
                IntStream.range(0, perPage)
                    .mapToObj(i -> TestTasks.aTask(org, id).title("p" + p + "-t" + i).build())
                    .toList())
        .toList();
  }

  private SyncTasksService service(ScriptedTaskProvider provider, String owner) {
    return service(provider, owner, SyncSettings.defaults(owner));
  }

  private SyncTasksService service(
      ScriptedTaskProvider provider, String owner, SyncSettings settings) {
    return new SyncTasksService(
        integrations,
        states,
        tasks,
        List.of(provider),
        integrationId -> TokenSource.fixed("token"),
        settings,
        clock,
        sleeper,
        SyncObserver.NONE);
  }

  private SyncReport sync(SyncTasksService service, RunKind kind) {
    return service.sync(new SyncTasksCommand(id, kind));
  }

  private SyncState state() {
    return states.get(id).orElseThrow();
  }

  @Test
  void fullRun_storesEveryPage_checkpointsEachOne_andSucceeds() {
    ScriptedTaskProvider provider = new ScriptedTaskProvider(pagesOf(4, 25));

    SyncReport report = sync(service(provider, "w1"), RunKind.INITIAL);

    assertThat(report.outcome()).isEqualTo(SyncOutcome.SUCCEEDED);
    assertThat(report.progress().fetched()).isEqualTo(100);
    assertThat(report.progress().created()).isEqualTo(100);
    assertThat(tasks.size()).isEqualTo(100);
    assertThat(state().status()).isEqualTo(SyncStatus.SUCCEEDED);
    assertThat(state().checkpoint().highWaterMark()).isEqualTo(T0);
    assertThat(state().lease()).isNull();
  }

  @Test
  void aRun_isReportedStartingAndEnded_withItsTimes() {
    List<String> seen = new ArrayList<>();
    SyncObserver observer =
        new SyncObserver() {
          @Override
          public void runStarting(IntegrationId integrationId, Provider provider) {
            seen.add("starting " + integrationId.value());
          }

          @Override
          public void runEnded(
              IntegrationId integrationId,
              Provider provider,
              SyncReport report,
              Instant startedAt,
              Instant endedAt) {
            seen.add("ended " + report.outcome() + " " + startedAt + " " + endedAt);
          }
        };
    SyncTasksService service =
        new SyncTasksService(
            integrations,
            states,
            tasks,
            List.of(new ScriptedTaskProvider(pagesOf(1, 3))),
            integrationId -> TokenSource.fixed("token"),
            SyncSettings.defaults("w1"),
            clock,
            sleeper,
            observer);

    sync(service, RunKind.INITIAL);

    assertThat(seen)
        .containsExactly(
            "starting " + id.value(), "ended SUCCEEDED " + clock.instant() + " " + clock.instant());
  }

  @Test
  void interruptedRun_resumesAtItsCheckpoint_andEndsIdenticalToAnUninterruptedOne() {
    List<List<Task>> pages = pagesOf(5, 10);
    ScriptedTaskProvider provider =
        new ScriptedTaskProvider(pages)
            .failAt(3, () -> new UnexpectedPayloadException("page 3 was cut short"));

    SyncReport first = sync(service(provider, "w1"), RunKind.INITIAL);
    SyncReport second = sync(service(provider, "w1"), RunKind.INCREMENTAL);

    assertThat(first.outcome()).isEqualTo(SyncOutcome.FAILED);
    assertThat(first.progress().created()).isEqualTo(30);
    assertThat(second.outcome()).isEqualTo(SyncOutcome.SUCCEEDED);
    assertThat(second.resumed()).isTrue();
    assertThat(second.kind()).isEqualTo(RunKind.INITIAL);
    assertThat(provider.requests.get(1).cursor()).isEqualTo("page-2");
    assertThat(second.progress().created()).isEqualTo(50);
    assertThat(second.progress().updated() + second.progress().unchanged()).isZero();

    InMemoryTaskStore reference = new InMemoryTaskStore();
    pages.forEach(reference::upsert);
    assertThat(allTasks(tasks)).containsExactlyInAnyOrderElementsOf(allTasks(reference));
  }

  @Test
  void processDeathMidRun_anotherWorkerResumesAfterTheLeaseExpires() {
    ScriptedTaskProvider provider =
        new ScriptedTaskProvider(pagesOf(4, 10))
            .failAt(
                2,
                () -> {
                  throw new SimulatedCrash();
                });
    try {
      sync(service(provider, "dead-worker"), RunKind.INITIAL);
    } catch (SimulatedCrash expected) {
      // the process "died": no failure was recorded, but the lease is released in finally
    }
    states.acquireLease(id, "dead-worker", clock.instant(), Duration.ofMinutes(2));
    SyncTasksService survivor = service(provider, "survivor");

    SyncReport tooEarly = sync(survivor, RunKind.INCREMENTAL);
    clock.advance(Duration.ofMinutes(3));
    SyncReport resumed = sync(survivor, RunKind.INCREMENTAL);

    assertThat(tooEarly.outcome()).isEqualTo(SyncOutcome.SKIPPED_LEASE_HELD);
    assertThat(resumed.outcome()).isEqualTo(SyncOutcome.SUCCEEDED);
    assertThat(resumed.resumed()).isTrue();
    assertThat(resumed.progress().created()).isEqualTo(40);
    assertThat(tasks.size()).isEqualTo(40);
  }

  @Test
  void incrementalRunWhoseProviderMissedDeletions_asksForAReconciliation() {
    ScriptedTaskProvider provider = new ScriptedTaskProvider(pagesOf(3, 10));
    SyncTasksService service = service(provider, "w1");
    SyncReport initial = sync(service, RunKind.INITIAL);
    provider.reconcileNeededAt(1);

    SyncReport incremental = sync(service, RunKind.INCREMENTAL);

    assertThat(initial.reconcileNeeded()).isFalse();
    assertThat(incremental.kind()).isEqualTo(RunKind.INCREMENTAL);
    assertThat(incremental.outcome()).isEqualTo(SyncOutcome.SUCCEEDED);
    assertThat(incremental.reconcileNeeded()).isTrue();
  }

  @Test
  void fullListingThatReconciled_asksForNoFurtherReconciliation() {
    ScriptedTaskProvider provider = new ScriptedTaskProvider(pagesOf(3, 10)).reconcileNeededAt(0);

    SyncReport report = sync(service(provider, "w1"), RunKind.RECONCILE);

    assertThat(report.outcome()).isEqualTo(SyncOutcome.SUCCEEDED);
    assertThat(report.reconcileNeeded()).isFalse();
  }

  @Test
  void rateLimit_isWaitedOut_thenTheRunContinues() {
    ScriptedTaskProvider provider =
        new ScriptedTaskProvider(pagesOf(3, 10))
            .failAt(1, () -> new RateLimitedException("429", Duration.ofSeconds(30)));

    SyncReport report = sync(service(provider, "w1"), RunKind.INITIAL);

    assertThat(report.outcome()).isEqualTo(SyncOutcome.SUCCEEDED);
    assertThat(waits).containsExactly(Duration.ofSeconds(30));
    assertThat(report.progress().created()).isEqualTo(30);
    assertThat(provider.requests.get(1).cursor()).isEqualTo("page-0");
  }

  @Test
  void expiredGrant_endsInNeedsReauth_withoutRetrying() {
    ScriptedTaskProvider provider =
        new ScriptedTaskProvider(pagesOf(3, 10))
            .failAlwaysAt(
                0,
                () ->
                    new AuthorizationException(
                        AuthorizationException.Reason.REVOKED, "the grant was revoked"),
                10);

    SyncReport report = sync(service(provider, "w1"), RunKind.INITIAL);
    SyncReport again = sync(service(provider, "w1"), RunKind.INITIAL);

    assertThat(report.outcome()).isEqualTo(SyncOutcome.NEEDS_REAUTH);
    assertThat(report.error().category()).isEqualTo(ErrorCategory.NEEDS_USER);
    assertThat(provider.requests).hasSize(1);
    assertThat(waits).isEmpty();
    assertThat(state().status()).isEqualTo(SyncStatus.NEEDS_REAUTH);
    assertThat(integrations.get(id).orElseThrow().status())
        .isEqualTo(ConnectionStatus.NEEDS_REAUTH);
    assertThat(again.outcome()).isEqualTo(SyncOutcome.SKIPPED_NOT_RUNNABLE);
  }

  @Test
  void unexpectedPayload_failsLoudly_andLeavesStoredTasksUntouched() {
    sync(service(new ScriptedTaskProvider(pagesOf(1, 5)), "w1"), RunKind.INITIAL);
    List<Task> before = allTasks(tasks);
    ScriptedTaskProvider broken =
        new ScriptedTaskProvider(pagesOf(2, 5))
            .failAt(0, () -> new UnexpectedPayloadException("expected an array at data"));

    SyncReport report = sync(service(broken, "w1"), RunKind.RECONCILE);

    assertThat(report.outcome()).isEqualTo(SyncOutcome.FAILED);
    assertThat(report.error().category()).isEqualTo(ErrorCategory.BUG);
    assertThat(report.error().message()).contains("expected an array at data");
    assertThat(state().lastError().message()).contains("expected an array at data");
    assertThat(allTasks(tasks)).containsExactlyInAnyOrderElementsOf(before);
    assertThat(broken.requests).hasSize(1);
  }

  @Test
  void transientFailures_areRetriedWithJitteredBackoff_fromTheLastCheckpoint() {
    ScriptedTaskProvider provider =
        new ScriptedTaskProvider(pagesOf(3, 10))
            .failAlwaysAt(2, () -> new ProviderUnavailableException("HTTP 503"), 2);

    SyncReport report = sync(service(provider, "w1"), RunKind.INITIAL);

    assertThat(report.outcome()).isEqualTo(SyncOutcome.SUCCEEDED);
    assertThat(waits).hasSize(2);
    assertThat(waits.get(0)).isBetween(Duration.ofMillis(500), Duration.ofSeconds(1));
    assertThat(waits.get(1)).isBetween(Duration.ofMillis(500), Duration.ofSeconds(2));
    assertThat(provider.requests)
        .extracting(r -> r.cursor())
        .containsExactly(null, "page-1", "page-1");
    assertThat(report.progress().created()).isEqualTo(30);
  }

  @Test
  void persistentTransientFailure_endsPartial_afterBoundedAttempts_andNeverSucceeded() {
    ScriptedTaskProvider provider =
        new ScriptedTaskProvider(pagesOf(3, 10))
            .failAlwaysAt(1, () -> new ProviderUnavailableException("HTTP 502"), 50);

    SyncReport report = sync(service(provider, "w1"), RunKind.INITIAL);

    assertThat(report.outcome()).isEqualTo(SyncOutcome.PARTIAL);
    assertThat(provider.requests).hasSize(SyncSettings.defaults("w1").maxAttempts());
    assertThat(state().checkpoint().cursor()).isEqualTo("page-0");
    assertThat(state().lastError().message()).contains("HTTP 502");
  }

  @Test
  void anotherWorkersLease_skipsTheRun() {
    states.acquireLease(id, "other", T0, Duration.ofMinutes(2));
    ScriptedTaskProvider provider = new ScriptedTaskProvider(pagesOf(1, 1));

    SyncReport report = sync(service(provider, "w1"), RunKind.INITIAL);

    assertThat(report.outcome()).isEqualTo(SyncOutcome.SKIPPED_LEASE_HELD);
    assertThat(provider.requests).isEmpty();
  }

  @Test
  void incrementalRuns_askForChangesSinceTheLastRunsStart() {
    ScriptedTaskProvider provider = new ScriptedTaskProvider(pagesOf(1, 3));
    SyncTasksService service = service(provider, "w1");

    SyncReport first = sync(service, RunKind.INCREMENTAL);
    clock.advance(Duration.ofMinutes(10));
    SyncReport second = sync(service, RunKind.INCREMENTAL);

    assertThat(first.kind()).isEqualTo(RunKind.INITIAL);
    assertThat(second.kind()).isEqualTo(RunKind.INCREMENTAL);
    assertThat(provider.requests.get(1).since()).isEqualTo(T0);
    assertThat(second.progress().unchanged()).isEqualTo(3);
    assertThat(state().checkpoint().highWaterMark()).isEqualTo(T0.plus(Duration.ofMinutes(10)));
  }

  @Test
  void firstImportIntoAnEmptyStore_skipsTheStoredIdListing_andAsksForNoReconciliation() {
    List<List<Task>> pages = pagesOf(3, 10);
    CountingIdListings counting = new CountingIdListings(tasks);

    SyncReport first = sync(counted(counting, new ScriptedTaskProvider(pages)), RunKind.INITIAL);
    int listingsAfterFirst = counting.idListings;
    List<List<Task>> withoutOne = List.of(pages.get(0), pages.get(1), pages.get(2).subList(0, 9));
    SyncReport again =
        sync(counted(counting, new ScriptedTaskProvider(withoutOne)), RunKind.RECONCILE);

    assertThat(first.outcome()).isEqualTo(SyncOutcome.SUCCEEDED);
    assertThat(first.reconcileNeeded()).isFalse();
    assertThat(listingsAfterFirst).isZero();
    assertThat(again.outcome()).isEqualTo(SyncOutcome.SUCCEEDED);
    assertThat(counting.idListings).isPositive();
    assertThat(tasks.countActive(id)).isEqualTo(29);
  }

  private SyncTasksService counted(CountingIdListings counting, ScriptedTaskProvider provider) {
    return new SyncTasksService(
        integrations,
        states,
        counting,
        List.of(provider),
        integrationId -> TokenSource.fixed("token"),
        SyncSettings.defaults("w1"),
        clock,
        sleeper,
        SyncObserver.NONE);
  }

  @Test
  void fullListingThatWroteEveryStoredTask_provesNothingMissingFromCounts_withoutListingIds() {
    List<List<Task>> pages = pagesOf(3, 10);
    sync(service(new ScriptedTaskProvider(pages), "w1"), RunKind.INITIAL);
    CountingIdListings counting = new CountingIdListings(tasks);

    SyncReport report = sync(counted(counting, new ScriptedTaskProvider(pages)), RunKind.RECONCILE);

    assertThat(report.outcome()).isEqualTo(SyncOutcome.SUCCEEDED);
    assertThat(report.reconcileNeeded()).isFalse();
    assertThat(counting.idListings).isZero();
    assertThat(counting.deletionCounts).isEqualTo(1);
    assertThat(tasks.countActive(id)).isEqualTo(30);
  }

  @Test
  void fullListingWithOneTaskGoneAndOneNew_listsStoredIds_andMarksTheGoneOneDeleted() {
    List<List<Task>> pages = pagesOf(2, 10);
    sync(service(new ScriptedTaskProvider(pages), "w1"), RunKind.INITIAL);
    Task gone = pages.get(1).get(4);
    Task fresh = TestTasks.aTask(org, id).title("new").build();
    List<Task> secondPage = new ArrayList<>(pages.get(1));
    secondPage.set(4, fresh);
    CountingIdListings counting = new CountingIdListings(tasks);

    SyncReport report =
        sync(
            counted(counting, new ScriptedTaskProvider(List.of(pages.get(0), secondPage))),
            RunKind.RECONCILE);

    assertThat(report.outcome()).isEqualTo(SyncOutcome.SUCCEEDED);
    assertThat(report.progress().deleted()).isEqualTo(1);
    assertThat(counting.idListings).isPositive();
    assertThat(tasks.get(gone.key()).orElseThrow().isDeleted()).isTrue();
    assertThat(tasks.get(fresh.key()).orElseThrow().isDeleted()).isFalse();
    assertThat(tasks.countActive(id)).isEqualTo(20);
  }

  @Test
  void listedTaskDeletedElsewhereDuringTheListing_stillLetsReconciliationFindAGoneTask() {
    List<List<Task>> pages = pagesOf(2, 10);
    sync(service(new ScriptedTaskProvider(pages), "w1"), RunKind.INITIAL);
    Task gone = pages.get(1).get(9);
    Task deletedByWebhook = pages.get(0).get(3);
    ScriptedTaskProvider listing =
        new ScriptedTaskProvider(List.of(pages.get(0), pages.get(1).subList(0, 9)))
            .onPage(
                1,
                () ->
                    tasks.markDeleted(id, List.of(deletedByWebhook.externalId()), clock.instant()));

    SyncReport report = sync(service(listing, "w1"), RunKind.RECONCILE);

    assertThat(report.outcome()).isEqualTo(SyncOutcome.SUCCEEDED);
    assertThat(tasks.get(gone.key()).orElseThrow().isDeleted()).isTrue();
    assertThat(report.progress().deleted()).isEqualTo(1);
    assertThat(tasks.countActive(id)).isEqualTo(18);
  }

  @Test
  void listedTaskTheListingItselfLaterDeletes_stillLetsReconciliationFindAGoneTask() {
    List<List<Task>> pages = pagesOf(2, 10);
    sync(service(new ScriptedTaskProvider(pages), "w1"), RunKind.INITIAL);
    Task gone = pages.get(1).get(9);
    Task trashedLater = pages.get(0).get(2);
    List<Task> secondPage = new ArrayList<>(pages.get(1).subList(0, 9));
    secondPage.add(trashedLater.withDeletedAt(T0.minus(Duration.ofDays(1))));

    SyncReport report =
        sync(
            service(new ScriptedTaskProvider(List.of(pages.get(0), secondPage)), "w1"),
            RunKind.RECONCILE);

    assertThat(report.outcome()).isEqualTo(SyncOutcome.SUCCEEDED);
    assertThat(tasks.get(gone.key()).orElseThrow().isDeleted()).isTrue();
    assertThat(tasks.get(trashedLater.key()).orElseThrow().isDeleted()).isTrue();
    assertThat(tasks.countActive(id)).isEqualTo(18);
  }

  @Test
  void fullListing_marksTasksItNoLongerSeesDeleted() {
    List<List<Task>> pages = pagesOf(2, 10);
    sync(service(new ScriptedTaskProvider(pages), "w1"), RunKind.INITIAL);
    List<List<Task>> withoutTwo = List.of(pages.get(0), pages.get(1).subList(0, 8));

    SyncReport report =
        sync(service(new ScriptedTaskProvider(withoutTwo), "w1"), RunKind.RECONCILE);

    assertThat(report.outcome()).isEqualTo(SyncOutcome.SUCCEEDED);
    assertThat(report.progress().deleted()).isEqualTo(2);
    assertThat(tasks.countActive(id)).isEqualTo(18);
    assertThat(tasks.get(pages.get(1).get(9).key()).orElseThrow().deletedAt()).isEqualTo(T0);
  }

  @Test
  void fullListingMissingTooMuch_withholdsDeletions_andSaysSo() {
    List<List<Task>> pages = pagesOf(4, 10);
    SyncSettings strict =
        new SyncSettings(
            "w1",
            Duration.ofMinutes(2),
            3,
            Backoff.of(Duration.ofSeconds(1), Duration.ofSeconds(5)),
            Duration.ofSeconds(60),
            3,
            new DeletionGuard(0.25, 0),
            7);
    sync(service(new ScriptedTaskProvider(pages), "w1", strict), RunKind.INITIAL);

    SyncReport report =
        sync(
            service(new ScriptedTaskProvider(List.of(pages.get(0))), "w1", strict),
            RunKind.RECONCILE);

    assertThat(report.outcome()).isEqualTo(SyncOutcome.PARTIAL);
    assertThat(report.warnings()).singleElement().asString().contains("30 of 40");
    assertThat(tasks.countActive(id)).isEqualTo(40);
    assertThat(state().lastError().message()).contains("30 of 40");
  }

  @Test
  void stopRequest_endsAfterTheCurrentPage_releasesTheLease_andTheNextRunResumes() {
    ScriptedTaskProvider provider = new ScriptedTaskProvider(pagesOf(3, 10));
    SyncTasksService stopping = service(provider, "w1");
    provider.onPage(0, stopping::requestStop);

    SyncReport stopped = sync(stopping, RunKind.INITIAL);
    SyncReport refused = sync(stopping, RunKind.INITIAL);
    SyncReport resumed = sync(service(provider, "w2"), RunKind.INCREMENTAL);

    assertThat(stopped.outcome()).isEqualTo(SyncOutcome.STOPPED);
    assertThat(stopped.progress().created()).isEqualTo(10);
    assertThat(refused.outcome()).isEqualTo(SyncOutcome.SKIPPED_NOT_RUNNABLE);
    assertThat(resumed.outcome()).isEqualTo(SyncOutcome.SUCCEEDED);
    assertThat(resumed.resumed()).isTrue();
    assertThat(resumed.progress().created()).isEqualTo(30);
    assertThat(provider.requests.get(1).cursor()).isEqualTo("page-0");
  }

  @Test
  void pausingARunningSync_stopsIt_atItsNextCheckpoint() {
    List<List<Task>> pages = pagesOf(3, 10);
    ScriptedTaskProvider provider =
        new ScriptedTaskProvider(pages)
            .failAt(
                1,
                () -> {
                  states.save(state().pause(clock.instant()));
                  return new ProviderUnavailableException("HTTP 503");
                });

    SyncReport report = sync(service(provider, "w1"), RunKind.INITIAL);

    assertThat(report.outcome()).isEqualTo(SyncOutcome.STOPPED);
    assertThat(state().status()).isEqualTo(SyncStatus.PAUSED);
    assertThat(tasks.size()).isEqualTo(10);
  }

  @Test
  void disconnectedIntegration_isNotSynced() {
    integrations.save(
        integrations.get(id).orElseThrow().withStatus(ConnectionStatus.DISCONNECTED, T0));
    ScriptedTaskProvider provider = new ScriptedTaskProvider(pagesOf(1, 1));

    SyncReport report = sync(service(provider, "w1"), RunKind.INITIAL);

    assertThat(report.outcome()).isEqualTo(SyncOutcome.SKIPPED_NOT_RUNNABLE);
    assertThat(provider.requests).isEmpty();
  }

  private List<Task> allTasks(InMemoryTaskStore store) {
    return store.list(TaskQuery.of(org, 500).withIncludeDeleted(true)).tasks();
  }

  /** Stands for the process dying: not an exception the service may catch. */
  private static final class SimulatedCrash extends Error {}
}
