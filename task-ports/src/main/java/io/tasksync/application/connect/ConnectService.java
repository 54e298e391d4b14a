package io.tasksync.application.connect;

import io.tasksync.application.ProviderConnectors;
import io.tasksync.domain.ConnectionStatus;
import io.tasksync.domain.Integration;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.OAuthTokens;
import io.tasksync.domain.OrganizationId;
import io.tasksync.domain.Provider;
import io.tasksync.domain.RunKind;
import io.tasksync.domain.SyncStatus;
import io.tasksync.domain.Workspace;
import io.tasksync.port.in.ConnectCallback;
import io.tasksync.port.in.ConnectResult;
import io.tasksync.port.in.ConnectUseCase;
import io.tasksync.port.out.AuthorizationException;
import io.tasksync.port.out.IntegrationStore;
import io.tasksync.port.out.OAuthClient;
import io.tasksync.port.out.ProviderUnavailableException;
import io.tasksync.port.out.SyncQueue;
import io.tasksync.port.out.SyncStateStore;
import io.tasksync.port.out.TaskProvider;
import io.tasksync.port.out.TaskSyncException;
import io.tasksync.port.out.TokenCipher;
import io.tasksync.port.out.TokenSource;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OAuth connect flow: sends the user to the provider's consent page with a signed state, then
 * turns the callback into a stored integration with sealed tokens, its workspaces, its webhooks and
 * a background initial import. A refused callback stores nothing.
 */
public final class ConnectService implements ConnectUseCase {

  private static final Logger log = LoggerFactory.getLogger(ConnectService.class);

  private final ProviderConnectors registry;
  private final OAuthStates oauthStates;
  private final IntegrationStore integrations;
  private final SyncStateStore syncStates;
  private final TokenCipher cipher;
  private final WebhookSetup webhooks;
  private final SyncQueue syncs;
  private final Clock clock;

  public ConnectService(
      ProviderConnectors registry,
      OAuthStates oauthStates,
      IntegrationStore integrations,
      SyncStateStore syncStates,
      TokenCipher cipher,
      WebhookSetup webhooks,
      SyncQueue syncs,
      Clock clock) {
    this.registry = registry;
    this.oauthStates = oauthStates;
    this.integrations = integrations;
    this.syncStates = syncStates;
    this.cipher = cipher;
    this.webhooks = webhooks;
    this.syncs = syncs;
    this.clock = clock;
  }

  @Override
  public Optional<URI> begin(
      OrganizationId organization, Provider provider, String browserBinding) {
    if (!registry.connectable().contains(provider)) {
      return Optional.empty();
    }
    OAuthClient client = registry.client(provider).orElseThrow();
    OAuthStates.Issued issued =
        oauthStates.issue(organization, provider, client.supportsPkce(), browserBinding);
    return Optional.of(client.authorizationUrl(issued.state(), issued.codeChallenge()));
  }

  @Override
  public ConnectResult complete(ConnectCallback callback) {
    Provider provider = callback.provider();
    String code = callback.code();
    String state = callback.state();
    String error = callback.error();
    String browserBinding = callback.browserBinding();
    Optional<OAuthStates.Pending> redeemed = oauthStates.redeem(state, provider);
    if (redeemed.isEmpty()) {
      log.warn("{} callback refused: the state is missing, tampered, expired or reused", provider);
      return ConnectResult.failed(provider, "invalid_state");
    }
    if (!redeemed.get().startedIn(browserBinding)) {
      log.warn(
          "{} callback refused: it arrived in a browser other than the one that started it"
              + " (organization {})",
          provider,
          redeemed.get().organization());
      return ConnectResult.failed(provider, "browser_mismatch");
    }
    if (error != null) {
      log.info("{} consent was not given", provider);
      return ConnectResult.failed(
          provider, "access_denied".equals(error) ? "access_denied" : "provider_error");
    }
    if (code == null || code.isBlank() || code.length() > 2048) {
      return ConnectResult.failed(provider, "missing_code");
    }
    OAuthStates.Pending pending = redeemed.get();
    OAuthClient client = registry.client(provider).orElseThrow();
    TaskProvider tasks = registry.taskProvider(provider).orElseThrow();
    OAuthTokens tokens;
    List<Workspace> workspaces;
    try {
      tokens = client.exchange(code, pending.codeVerifier());
    } catch (AuthorizationException e) {
      log.warn("{} refused the authorization code: {}", provider, e.getMessage());
      return ConnectResult.failed(provider, "exchange_failed");
    } catch (ProviderUnavailableException e) {
      log.warn("{} was unavailable for the code exchange: {}", provider, e.getMessage());
      return ConnectResult.failed(provider, "provider_unavailable");
    } catch (TaskSyncException e) {
      log.warn("{} code exchange failed: {}", provider, e.getMessage());
      return ConnectResult.failed(provider, "exchange_failed");
    }
    try {
      workspaces = tasks.workspaces(TokenSource.fixed(tokens.accessToken()));
    } catch (TaskSyncException e) {
      log.warn("{} workspaces could not be listed: {}", provider, e.getMessage());
      return ConnectResult.failed(provider, "workspaces_failed");
    }
    Integration integration = store(pending.organization(), provider, tokens, workspaces);
    webhooks.registerInBackground(integration);
    syncs.submit(integration.id(), RunKind.INITIAL);
    log.info(
        "{} connected for organization {} as integration {} ({} workspaces)",
        provider.displayName(),
        pending.organization(),
        integration.id(),
        workspaces.size());
    return ConnectResult.connected(provider, integration.id());
  }

  private Integration store(
      OrganizationId org, Provider provider, OAuthTokens tokens, List<Workspace> workspaces) {
    Instant now = clock.instant();
    Optional<Integration> existing = sameAccount(org, provider, workspaces);
    IntegrationId id = existing.map(Integration::id).orElseGet(IntegrationId::random);
    Integration integration =
        existing
            .map(i -> i.withStatus(ConnectionStatus.CONNECTED, now))
            .orElseGet(
                () ->
                    Integration.connected(
                        id, org, provider, cipher.seal(tokens, id), scopes(tokens), now));
    integration =
        integration.withCredentials(cipher.seal(tokens, id), now).withWorkspaces(workspaces, now);
    integrations.save(integration);
    syncStates
        .get(id)
        .filter(s -> s.status() == SyncStatus.PAUSED || s.status() == SyncStatus.NEEDS_REAUTH)
        .ifPresent(s -> syncStates.save(s.reset().withLease(null)));
    return integration;
  }

  /** A reconnect of an account the organization connected before keeps its integration. */
  private Optional<Integration> sameAccount(
      OrganizationId org, Provider provider, List<Workspace> workspaces) {
    Set<String> ids = workspaces.stream().map(Workspace::externalId).collect(Collectors.toSet());
    return integrations.findByOrganization(org).stream()
        .filter(i -> i.provider() == provider && !ids.isEmpty())
        .filter(i -> i.workspaces().stream().anyMatch(w -> ids.contains(w.externalId())))
        .findFirst();
  }

  private static List<String> scopes(OAuthTokens tokens) {
    return tokens.scope() == null
        ? List.of()
        : Arrays.stream(tokens.scope().split("[ ,]+")).filter(s -> !s.isBlank()).toList();
  }
}
