package io.tasksync.app.webhook;

import io.tasksync.app.connect.ProviderRegistry;
import io.tasksync.app.sync.SyncScheduler;
import io.tasksync.domain.ConnectionStatus;
import io.tasksync.domain.Integration;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.Provider;
import io.tasksync.port.out.IntegrationStore;
import io.tasksync.port.out.TaskStore;
import io.tasksync.port.out.WebhookOutcome;
import io.tasksync.port.out.WebhookReceiver;
import io.tasksync.port.out.WebhookRequest;
import io.tasksync.port.out.WebhookSecretStore;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes webhook deliveries: the provider's receiver verifies them; handshakes save the learned
 * secret; accepted deliveries are deduplicated, their deleted tasks marked deleted at once and a
 * prompt incremental sync scheduled for the rest.
 */
public final class WebhookInbox {

  /** What to answer the provider. */
  public record Answer(int status, Map<String, String> headers, String message) {}

  private static final Logger log = LoggerFactory.getLogger(WebhookInbox.class);

  private final ProviderRegistry registry;
  private final IntegrationStore integrations;
  private final WebhookSecretStore secrets;
  private final TaskStore tasks;
  private final SyncScheduler scheduler;
  private final RecentDeliveries recent;
  private final Map<Provider, String> appSecrets;
  private final Clock clock;

  public WebhookInbox(
      ProviderRegistry registry,
      IntegrationStore integrations,
      WebhookSecretStore secrets,
      TaskStore tasks,
      SyncScheduler scheduler,
      RecentDeliveries recent,
      Map<Provider, String> appSecrets,
      Clock clock) {
    this.registry = registry;
    this.integrations = integrations;
    this.secrets = secrets;
    this.tasks = tasks;
    this.scheduler = scheduler;
    this.recent = recent;
    this.appSecrets = Map.copyOf(appSecrets);
    this.clock = clock;
  }

  /**
   * A delivery for one integration; empty when no such integration of that provider exists (or the
   * provider has no receiver).
   */
  public Optional<Answer> forIntegration(
      Provider provider, IntegrationId id, Map<String, String> headers, byte[] body) {
    Optional<Integration> integration = integrations.get(id).filter(i -> i.provider() == provider);
    Optional<WebhookReceiver> receiver = registry.receiver(provider);
    if (integration.isEmpty() || receiver.isEmpty()) {
      return Optional.empty();
    }
    String secret = secrets.get(id).orElse(null);
    WebhookOutcome outcome =
        receiver.get().receive(new WebhookRequest(id, headers, body, secret, clock.instant()));
    switch (outcome.kind()) {
      case HANDSHAKE:
        if (outcome.newSecret() != null) {
          secrets.put(id, outcome.newSecret());
        }
        log.info("{} webhook handshake for {} answered", provider.displayName(), id);
        return Optional.of(new Answer(200, outcome.responseHeaders(), "handshake"));
      case REJECTED:
        return Optional.of(rejected(provider, outcome));
      default:
        return Optional.of(accept(outcome, List.of(integration.get())));
    }
  }

  /** An app-level delivery (Linear), routed to integrations by the workspace it names. */
  public Optional<Answer> forApp(Provider provider, Map<String, String> headers, byte[] body) {
    Optional<WebhookReceiver> receiver = registry.receiver(provider);
    if (receiver.isEmpty()) {
      return Optional.empty();
    }
    WebhookOutcome outcome =
        receiver
            .get()
            .receive(
                new WebhookRequest(null, headers, body, appSecrets.get(provider), clock.instant()));
    if (outcome.kind() == WebhookOutcome.Kind.REJECTED) {
      return Optional.of(rejected(provider, outcome));
    }
    if (outcome.kind() == WebhookOutcome.Kind.HANDSHAKE) {
      return Optional.of(new Answer(200, outcome.responseHeaders(), "handshake"));
    }
    List<Integration> targets =
        outcome.workspaceExternalId() == null
            ? List.of()
            : integrations.findByWorkspace(provider, outcome.workspaceExternalId());
    return Optional.of(accept(outcome, targets));
  }

  private Answer accept(WebhookOutcome outcome, List<Integration> targets) {
    if (outcome.deliveryId() != null && !recent.firstTime(outcome.deliveryId())) {
      return new Answer(200, Map.of(), "duplicate");
    }
    for (Integration i : targets) {
      if (i.status() != ConnectionStatus.CONNECTED) {
        continue;
      }
      if (!outcome.deletedExternalIds().isEmpty()) {
        tasks.markDeleted(i.id(), outcome.deletedExternalIds(), clock.instant());
      }
      scheduler.soon(i.id());
    }
    return new Answer(200, Map.of(), "accepted");
  }

  private static Answer rejected(Provider provider, WebhookOutcome outcome) {
    log.warn("{} webhook rejected: {}", provider.displayName(), outcome.reason());
    return new Answer(401, Map.of(), "rejected: " + outcome.reason());
  }
}
