package io.tasksync.app.sync;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.tasksync.application.SyncObserver;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.Provider;
import io.tasksync.domain.SyncProgress;
import io.tasksync.port.in.SyncReport;
import io.tasksync.port.out.TaskSyncException;
import java.time.Duration;

/** Counts sync activity into Micrometer meters, tagged by provider, never by tenant. */
public final class MicrometerSyncObserver implements SyncObserver {

  private final MeterRegistry registry;

  public MicrometerSyncObserver(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void pageStored(IntegrationId id, Provider provider, SyncProgress page) {
    counter("tasksync.provider.pages", "provider", provider.id()).increment();
    counter("tasksync.tasks.fetched", "provider", provider.id()).increment(page.fetched());
    counter("tasksync.tasks.written", "provider", provider.id()).increment(page.written());
  }

  @Override
  public void retrying(IntegrationId id, TaskSyncException cause, int attempt, Duration wait) {
    counter("tasksync.sync.retries", "category", cause.category().name()).increment();
  }

  @Override
  public void rateLimitWait(IntegrationId id, Provider provider, Duration wait) {
    rateLimitWaits(registry, provider).record(wait);
  }

  /** The timer of waits for a provider's rate limit, by the sync service and by the adapters. */
  static Timer rateLimitWaits(MeterRegistry registry, Provider provider) {
    return Timer.builder("tasksync.provider.ratelimit.waits")
        .tag("provider", provider.id())
        .register(registry);
  }

  @Override
  public void leaseConflict(IntegrationId id) {
    registry.counter("tasksync.lease.conflicts").increment();
  }

  @Override
  public void runFinished(Provider provider, SyncReport report) {
    Counter.builder("tasksync.syncs")
        .tag("provider", provider.id())
        .tag("outcome", report.outcome().name())
        .register(registry)
        .increment();
  }

  private Counter counter(String name, String tag, String value) {
    return Counter.builder(name).tag(tag, value).register(registry);
  }
}
