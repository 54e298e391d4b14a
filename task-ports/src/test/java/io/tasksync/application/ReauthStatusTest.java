package io.tasksync.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.tasksync.application.memory.InMemoryIntegrationStore;
import io.tasksync.application.memory.InMemorySyncStateStore;
import io.tasksync.application.memory.InMemoryTaskStore;
import io.tasksync.domain.ConnectionStatus;
import io.tasksync.domain.EncryptedCredentials;
import io.tasksync.domain.Integration;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.OrganizationId;
import io.tasksync.domain.Provider;
import io.tasksync.domain.RunKind;
import io.tasksync.port.in.SyncOutcome;
import io.tasksync.port.in.SyncReport;
import io.tasksync.port.in.SyncTasksCommand;
import io.tasksync.port.out.AuthorizationException;
import io.tasksync.port.out.ForwardingIntegrationStore;
import io.tasksync.port.out.TestTasks;
import io.tasksync.port.out.TokenSource;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A run that ends in NEEDS_REAUTH changes the status only, never the credentials. */
class ReauthStatusTest {

  private static final Instant T0 = Instant.parse("2026-05-01T10:00:00Z");

  private final MutableClock clock = new MutableClock(T0);
  private final OrganizationId org = OrganizationId.of("org-1");
  private final IntegrationId id = IntegrationId.of("int-1");
  private final EncryptedCredentials original = new EncryptedCredentials("k", "original");
  private final EncryptedCredentials refreshed = new EncryptedCredentials("k", "refreshed");
  private final InMemoryIntegrationStore shared = new InMemoryIntegrationStore();

  /**
   * Once the run has failed, another instance replaces the credentials at the worst moment: after
   * this instance's next read of the integration, or just before its next status change.
   */
  private final class RefreshElsewhere extends ForwardingIntegrationStore {
    private volatile boolean armed;

    RefreshElsewhere() {
      super(shared);
    }

    private void interleave() {
      if (armed) {
        armed = false;
        assertThat(shared.replaceCredentials(id, original, refreshed, clock.instant())).isTrue();
      }
    }

    @Override
    public Optional<Integration> get(IntegrationId integrationId) {
      Optional<Integration> read = super.get(integrationId);
      interleave();
      return read;
    }

    @Override
    public boolean markStatus(
        IntegrationId integrationId,
        ConnectionStatus expected,
        ConnectionStatus status,
        Instant at) {
      interleave();
      return super.markStatus(integrationId, expected, status, at);
    }
  }

  @Test
  void revokedGrant_whileAnotherInstanceRefreshes_keepsTheRefreshedCredentials() {
    shared.save(Integration.connected(id, org, Provider.ASANA, original, List.of(), T0));
    RefreshElsewhere integrations = new RefreshElsewhere();
    ScriptedTaskProvider provider =
        new ScriptedTaskProvider(List.of(List.of(TestTasks.aTask(org, id).build())))
            .failAlwaysAt(
                0,
                () -> {
                  integrations.armed = true;
                  return new AuthorizationException(
                      AuthorizationException.Reason.REVOKED, "the grant was revoked");
                },
                10);
    SyncTasksService service =
        new SyncTasksService(
            integrations,
            new InMemorySyncStateStore(),
            new InMemoryTaskStore(),
            List.of(provider),
            integrationId -> TokenSource.fixed("token"),
            SyncSettings.defaults("w1"),
            clock,
            d -> clock.advance(d),
            SyncObserver.NONE);

    SyncReport report = service.sync(new SyncTasksCommand(id, RunKind.INITIAL));

    assertThat(report.outcome()).isEqualTo(SyncOutcome.NEEDS_REAUTH);
    assertThat(integrations.armed).as("the other instance refreshed meanwhile").isFalse();
    Integration stored = shared.get(id).orElseThrow();
    assertThat(stored.status()).isEqualTo(ConnectionStatus.NEEDS_REAUTH);
    assertThat(stored.credentials()).isEqualTo(refreshed);
  }
}
