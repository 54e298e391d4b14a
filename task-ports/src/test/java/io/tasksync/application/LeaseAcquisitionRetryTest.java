package io.tasksync.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tasksync.application.memory.InMemoryIntegrationStore;
import io.tasksync.application.memory.InMemorySyncStateStore;
import io.tasksync.application.memory.InMemoryTaskStore;
import io.tasksync.domain.EncryptedCredentials;
import io.tasksync.domain.Integration;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.OrganizationId;
import io.tasksync.domain.Provider;
import io.tasksync.domain.RunKind;
import io.tasksync.port.in.SyncOutcome;
import io.tasksync.port.in.SyncReport;
import io.tasksync.port.in.SyncTasksCommand;
import io.tasksync.port.out.StoreUnavailableException;
import io.tasksync.port.out.SyncStateStore;
import io.tasksync.port.out.TestTasks;
import io.tasksync.port.out.TokenSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A store that briefly cannot grant a lease (an aborted transaction) does not drop the run. */
class LeaseAcquisitionRetryTest {

  private static final Instant T0 = Instant.parse("2026-05-01T10:00:00Z");

  private final MutableClock clock = new MutableClock(T0);
  private final List<Duration> waits = new ArrayList<>();
  private final InMemoryIntegrationStore integrations = new InMemoryIntegrationStore();
  private final InMemorySyncStateStore states = new InMemorySyncStateStore();
  private final OrganizationId org = OrganizationId.of("org-1");
  private final IntegrationId id = IntegrationId.of("int-1");

  @Test
  void leaseAbortedTwice_isRetriedWithBackoff_andTheRunSucceeds() {
    SyncTasksService service = service(failingAcquires(2));

    SyncReport report = service.sync(new SyncTasksCommand(id, RunKind.INITIAL));

    assertThat(report.outcome()).isEqualTo(SyncOutcome.SUCCEEDED);
    assertThat(waits).hasSize(2);
  }

  @Test
  void leaseThatNeverComes_failsAfterTheBoundedAttempts() {
    SyncTasksService service = service(failingAcquires(Integer.MAX_VALUE));

    assertThatThrownBy(() -> service.sync(new SyncTasksCommand(id, RunKind.INITIAL)))
        .isInstanceOf(StoreUnavailableException.class);
    assertThat(waits).hasSize(SyncSettings.defaults("w1").maxAttempts() - 1);
  }

  private SyncStateStore failingAcquires(int failures) {
    AtomicInteger left = new AtomicInteger(failures);
    return (SyncStateStore)
        Proxy.newProxyInstance(
            SyncStateStore.class.getClassLoader(),
            new Class<?>[] {SyncStateStore.class},
            (proxy, method, args) -> {
              if (method.getName().equals("acquireLease") && left.getAndDecrement() > 0) {
                throw new StoreUnavailableException("transaction aborted: too many retries", null);
              }
              try {
                return method.invoke(states, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  private SyncTasksService service(SyncStateStore stateStore) {
    integrations.save(
        Integration.connected(
            id, org, Provider.ASANA, new EncryptedCredentials("k", "c"), List.of(), T0));
    return new SyncTasksService(
        integrations,
        stateStore,
        new InMemoryTaskStore(),
        List.of(new ScriptedTaskProvider(List.of(List.of(TestTasks.aTask(org, id).build())))),
        integrationId -> TokenSource.fixed("token"),
        SyncSettings.defaults("w1"),
        clock,
        d -> {
          waits.add(d);
          clock.advance(d);
        },
        SyncObserver.NONE);
  }
}
