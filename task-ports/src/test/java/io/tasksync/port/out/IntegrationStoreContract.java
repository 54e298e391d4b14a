package io.tasksync.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.tasksync.domain.ConnectionStatus;
import io.tasksync.domain.EncryptedCredentials;
import io.tasksync.domain.Integration;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.OrganizationId;
import io.tasksync.domain.Provider;
import io.tasksync.domain.Workspace;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link IntegrationStore} must do. */
public abstract class IntegrationStoreContract {

  protected static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

  protected IntegrationStore store;
  protected OrganizationId org;

  protected abstract IntegrationStore createStore();

  @BeforeEach
  void setUpStore() {
    store = createStore();
    org = TestTasks.anOrganization();
  }

  protected Integration anIntegration(Provider provider, Instant createdAt) {
    return Integration.connected(
            TestTasks.anIntegration(),
            org,
            provider,
            new EncryptedCredentials("key-1", "c2VhbGVk-" + UUID.randomUUID()),
            List.of("default"),
            createdAt)
        .withWorkspaces(List.of(new Workspace("ws-" + UUID.randomUUID(), "Acme")), createdAt);
  }

  @Test
  void saved_roundTripsEveryField() {
    Integration integration = anIntegration(Provider.LINEAR, NOW);

    store.save(integration);

    assertThat(store.get(integration.id())).contains(integration);
  }

  @Test
  void unknownId_isEmpty() {
    assertThat(store.get(IntegrationId.random())).isEmpty();
  }

  @Test
  void save_replacesById() {
    Integration integration = anIntegration(Provider.ASANA, NOW);
    store.save(integration);
    Integration reauth = integration.withStatus(ConnectionStatus.NEEDS_REAUTH, NOW.plusSeconds(5));

    store.save(reauth);

    assertThat(store.get(integration.id())).contains(reauth);
  }

  @Test
  void findByOrganization_listsOnlyThatOrganization_oldestFirst() {
    Integration newer = anIntegration(Provider.ASANA, NOW.plusSeconds(10));
    Integration older = anIntegration(Provider.CLICKUP, NOW);
    store.save(newer);
    store.save(older);
    store.save(
        Integration.connected(
            TestTasks.anIntegration(),
            TestTasks.anOrganization(),
            Provider.ASANA,
            new EncryptedCredentials("k", "c"),
            List.of(),
            NOW));

    assertThat(store.findByOrganization(org)).containsExactly(older, newer);
  }

  @Test
  void findByStatus_andByWorkspace_findTheMatchingIntegrations() {
    Integration connected = anIntegration(Provider.ASANA, NOW);
    Integration reauth =
        anIntegration(Provider.ASANA, NOW).withStatus(ConnectionStatus.NEEDS_REAUTH, NOW);
    store.save(connected);
    store.save(reauth);

    assertThat(store.findByStatus(ConnectionStatus.NEEDS_REAUTH)).contains(reauth);
    assertThat(store.findByStatus(ConnectionStatus.CONNECTED))
        .contains(connected)
        .doesNotContain(reauth);
    String workspace = connected.workspaces().get(0).externalId();
    assertThat(store.findByWorkspace(Provider.ASANA, workspace)).containsExactly(connected);
    assertThat(store.findByWorkspace(Provider.LINEAR, workspace)).isEmpty();
  }

  @Test
  void delete_removesIt() {
    Integration integration = anIntegration(Provider.CLICKUP, NOW);
    store.save(integration);

    store.delete(integration.id());

    assertThat(store.get(integration.id())).isEmpty();
  }
}
