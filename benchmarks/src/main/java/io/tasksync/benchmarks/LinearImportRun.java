package io.tasksync.benchmarks;

import io.tasksync.adapter.linear.LinearAdapters;
import io.tasksync.adapter.linear.LinearConfig;
import io.tasksync.application.Sleeper;
import io.tasksync.application.SyncObserver;
import io.tasksync.application.SyncSettings;
import io.tasksync.application.SyncTasksService;
import io.tasksync.application.memory.InMemoryIntegrationStore;
import io.tasksync.application.memory.InMemorySyncStateStore;
import io.tasksync.application.memory.InMemoryTaskStore;
import io.tasksync.domain.EncryptedCredentials;
import io.tasksync.domain.Integration;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.OrganizationId;
import io.tasksync.domain.Provider;
import io.tasksync.domain.RunKind;
import io.tasksync.port.in.SyncReport;
import io.tasksync.port.in.SyncTasksCommand;
import io.tasksync.port.out.TokenSource;
import io.tasksync.sandbox.linear.LinearStandIn;
import io.tasksync.sandbox.linear.LinearStandInConfig;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** One full import of a Linear stand-in workspace into the in-memory store, measured. */
final class LinearImportRun {

  /** What one run measured. */
  record Result(
      String scenario,
      int issues,
      SyncReport report,
      Duration elapsed,
      long requests,
      long complexity,
      long rateLimited,
      long peakHeap,
      long retainedHeap,
      LinearStandInConfig limits) {

    double issuesPerSecond() {
      return issues / (elapsed.toMillis() / 1000.0);
    }

    /**
     * The shortest time the budgets allow for the requests and complexity this import used: what
     * exceeds each bucket's capacity refills at {@code limit / period}; zero when it all fits.
     */
    Duration budgetFloor() {
      double period = limits.limitPeriod().toMillis();
      double requestMs =
          Math.max(0, requests - limits.requestsLimit()) * period / limits.requestsLimit();
      double complexityMs =
          Math.max(0, complexity - limits.complexityLimit()) * period / limits.complexityLimit();
      return Duration.ofMillis((long) Math.max(requestMs, complexityMs));
    }
  }

  private LinearImportRun() {}

  static Result run(String scenario, LinearStandInConfig standInConfig) {
    LinearHeapSampler.retainedBytes();
    try (LinearStandIn standIn = LinearStandIn.start(standInConfig);
        LinearHeapSampler heap = new LinearHeapSampler()) {
      String token = standIn.issueToken().accessToken();
      LinearConfig config =
          LinearConfig.defaults(
                  "sandbox-client", "sandbox-secret", URI.create("http://127.0.0.1/cb"))
              .withBaseUrls(standIn.baseUrl(), standIn.baseUrl());
      LinearAdapters adapters = LinearAdapters.create(config, Clock.systemUTC());
      InMemoryIntegrationStore integrations = new InMemoryIntegrationStore();
      InMemoryTaskStore tasks = new InMemoryTaskStore();
      Integration integration =
          Integration.connected(
              IntegrationId.of("bench-linear"),
              OrganizationId.of("bench-org"),
              Provider.LINEAR,
              new EncryptedCredentials("bench", "unused"),
              List.of("read"),
              Instant.now());
      integrations.save(integration);
      SyncTasksService sync =
          new SyncTasksService(
              integrations,
              new InMemorySyncStateStore(),
              tasks,
              List.of(adapters.taskProvider()),
              id -> TokenSource.fixed(token),
              SyncSettings.defaults("bench"),
              Clock.systemUTC(),
              Sleeper.REAL,
              SyncObserver.NONE);
      long start = System.nanoTime();
      SyncReport report = sync.sync(new SyncTasksCommand(integration.id(), RunKind.INITIAL));
      Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
      long peak = heap.peakBytes();
      long retained = LinearHeapSampler.retainedBytes();
      return new Result(
          scenario,
          (int) report.progress().fetched(),
          report,
          elapsed,
          standIn.graphQlRequests(),
          standIn.complexityUsed(),
          standIn.rateLimitedResponses(),
          peak,
          retained,
          standInConfig);
    }
  }
}
