package io.tasksync.application.connect;

import io.tasksync.application.ProviderConnectors;
import io.tasksync.domain.ConnectionStatus;
import io.tasksync.domain.Integration;
import io.tasksync.domain.OAuthTokens;
import io.tasksync.port.in.DisconnectUseCase;
import io.tasksync.port.in.Disconnected;
import io.tasksync.port.out.IntegrationStore;
import io.tasksync.port.out.OAuthClient;
import io.tasksync.port.out.ProviderStateStore;
import io.tasksync.port.out.SyncStateStore;
import io.tasksync.port.out.TaskStore;
import io.tasksync.port.out.TokenCipher;
import io.tasksync.port.out.WebhookSecretStore;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Disconnects an integration: pauses its sync (a running run loses its lease and stops after its
 * page), revokes the grant where the provider allows, forgets the tokens, the webhook secrets and
 * what the provider adapter kept between runs, and keeps or deletes the imported tasks.
 */
public final class DisconnectService implements DisconnectUseCase {

  private static final Logger log = LoggerFactory.getLogger(DisconnectService.class);

  private final ProviderConnectors registry;
  private final IntegrationStore integrations;
  private final SyncStateStore syncStates;
  private final TaskStore tasks;
  private final TokenCipher cipher;
  private final WebhookSecretStore secrets;
  private final ProviderStateStore providerState;
  private final Clock clock;

  public DisconnectService(
      ProviderConnectors registry,
      IntegrationStore integrations,
      SyncStateStore syncStates,
      TaskStore tasks,
      TokenCipher cipher,
      WebhookSecretStore secrets,
      ProviderStateStore providerState,
      Clock clock) {
    this.registry = registry;
    this.integrations = integrations;
    this.syncStates = syncStates;
    this.tasks = tasks;
    this.cipher = cipher;
    this.secrets = secrets;
    this.providerState = providerState;
    this.clock = clock;
  }

  @Override
  public Disconnected disconnect(Integration integration, boolean deleteTasks) {
    Instant now = clock.instant();
    syncStates.get(integration.id()).ifPresent(s -> syncStates.save(s.pause(now)));
    boolean revoked = revoke(integration);
    integrations.save(
        new Integration(
            integration.id(),
            integration.organizationId(),
            integration.provider(),
            ConnectionStatus.DISCONNECTED,
            integration.workspaces(),
            integration.scopes(),
            null,
            integration.createdAt(),
            now));
    secrets.deleteAll(integration.id());
    providerState.deleteAll(integration.id());
    long deleted = deleteTasks ? tasks.deleteAll(integration.id()) : 0;
    log.info(
        "{} disconnected (revoked: {}, tasks deleted: {})", integration.id(), revoked, deleted);
    return new Disconnected(revoked, deleted);
  }

  private boolean revoke(Integration integration) {
    Optional<OAuthClient> client = registry.client(integration.provider());
    if (client.isEmpty() || !client.get().supportsRevoke() || integration.credentials() == null) {
      return false;
    }
    try {
      OAuthTokens tokens = cipher.open(integration.credentials(), integration.id());
      client.get().revoke(tokens);
      return true;
    } catch (RuntimeException e) {
      log.warn("could not revoke the grant of {}: {}", integration.id(), e.getMessage());
      return false;
    }
  }
}
