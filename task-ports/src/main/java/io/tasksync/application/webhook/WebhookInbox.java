package io.tasksync.application.webhook;

import io.tasksync.application.ProviderConnectors;
import io.tasksync.domain.ConnectionStatus;
import io.tasksync.domain.Integration;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.Provider;
import io.tasksync.port.in.ReceiveWebhookUseCase;
import io.tasksync.port.in.WebhookAnswer;
import io.tasksync.port.out.IntegrationStore;
import io.tasksync.port.out.SyncQueue;
import io.tasksync.port.out.TaskStore;
import io.tasksync.port.out.WebhookDelivery;
import io.tasksync.port.out.WebhookDeliveryLog;
import io.tasksync.port.out.WebhookKey;
import io.tasksync.port.out.WebhookOutcome;
import io.tasksync.port.out.WebhookReceiver;
import io.tasksync.port.out.WebhookRequest;
import io.tasksync.port.out.WebhookSecretStore;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes webhook deliveries: the provider's receiver verifies them with the secret of the webhook
 * they came to; a handshake establishes the secret of a registration this app is making and nothing
 * else; accepted deliveries are recorded durably in the shared delivery log (which deduplicates
 * redeliveries to any instance), their deleted tasks marked deleted at once and a prompt
 * incremental sync scheduled for the rest. A delivery whose sync never finishes here (the instance
 * died) stays unprocessed in the log for any instance's sweep to sync.
 */
public final class WebhookInbox implements ReceiveWebhookUseCase {

  private static final Logger log = LoggerFactory.getLogger(WebhookInbox.class);

  /** How long a delivery's record is kept to recognise redeliveries (providers retry for hours). */
  public static final Duration DELIVERY_RECORD_KEPT = Duration.ofDays(3);

  private final ProviderConnectors registry;
  private final IntegrationStore integrations;
  private final WebhookSecretStore secrets;
  private final TaskStore tasks;
  private final SyncQueue syncs;
  private final WebhookDeliveryLog deliveries;
  private final Map<Provider, String> appSecrets;
  private final Clock clock;

  public WebhookInbox(
      ProviderConnectors registry,
      IntegrationStore integrations,
      WebhookSecretStore secrets,
      TaskStore tasks,
      SyncQueue syncs,
      WebhookDeliveryLog deliveries,
      Map<Provider, String> appSecrets,
      Clock clock) {
    this.registry = registry;
    this.integrations = integrations;
    this.secrets = secrets;
    this.tasks = tasks;
    this.syncs = syncs;
    this.deliveries = deliveries;
    this.appSecrets = Map.copyOf(appSecrets);
    this.clock = clock;
  }

  @Override
  public Optional<WebhookAnswer> forIntegration(
      Provider provider,
      IntegrationId id,
      String registration,
      Map<String, String> headers,
      byte[] body) {
    Optional<Integration> integration = integrations.get(id).filter(i -> i.provider() == provider);
    Optional<WebhookReceiver> receiver = registry.receiver(provider);
    if (integration.isEmpty() || receiver.isEmpty()) {
      return Optional.empty();
    }
    WebhookKey key =
        registration != null
            ? WebhookKey.of(id, registration)
            : claimedKey(receiver.get(), id, body);
    String secret = (registration != null ? secrets.get(key) : claimedSecret(key)).orElse(null);
    Instant now = clock.instant();
    WebhookOutcome outcome =
        receiver.get().receive(new WebhookRequest(id, headers, body, secret, now));
    switch (outcome.kind()) {
      case HANDSHAKE:
        return Optional.of(handshake(provider, key, registration, outcome, now));
      case REJECTED:
        return Optional.of(rejected(provider, outcome));
      default:
        return Optional.of(accept(outcome, body, List.of(integration.get())));
    }
  }

  /** The webhook a delivery to the integration's URL names, else the integration's former one. */
  private static WebhookKey claimedKey(WebhookReceiver receiver, IntegrationId id, byte[] body) {
    return receiver
        .webhookIdOf(body)
        .filter(WebhookKey::isValidWebhookId)
        .map(hook -> WebhookKey.of(id, hook))
        .orElse(WebhookKey.former(id));
  }

  /** A claimed webhook's secret, else the integration's former one (ClickUp's comma-joined). */
  private Optional<String> claimedSecret(WebhookKey key) {
    Optional<String> secret = secrets.get(key);
    return secret.isPresent() || key.isFormer()
        ? secret
        : secrets.get(WebhookKey.former(key.integrationId()));
  }

  private WebhookAnswer handshake(
      Provider provider, WebhookKey key, String registration, WebhookOutcome outcome, Instant now) {
    boolean established =
        registration != null
            && outcome.newSecret() != null
            && secrets.establish(key, outcome.newSecret(), now);
    if (!established) {
      log.warn(
          "{} webhook handshake for {} refused: no registration of this URL awaits one",
          provider.displayName(),
          key.integrationId());
      return new WebhookAnswer(
          403,
          Map.of(),
          "handshake refused: this URL belongs to no webhook registration awaiting its handshake");
    }
    log.info("{} webhook handshake for {} answered", provider.displayName(), key.integrationId());
    return new WebhookAnswer(200, outcome.responseHeaders(), "handshake");
  }

  @Override
  public Optional<WebhookAnswer> forApp(
      Provider provider, Map<String, String> headers, byte[] body) {
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
      return Optional.of(new WebhookAnswer(200, outcome.responseHeaders(), "handshake"));
    }
    List<Integration> targets =
        outcome.workspaceExternalId() == null
            ? List.of()
            : integrations.findByWorkspace(provider, outcome.workspaceExternalId());
    return Optional.of(accept(outcome, body, targets));
  }

  /**
   * Records the delivery for each connected target, keyed by the provider's delivery id or, where
   * the provider sends none (Asana), by a digest of the verified body: a redelivery carries the
   * same body.
   */
  private WebhookAnswer accept(WebhookOutcome outcome, byte[] body, List<Integration> targets) {
    Instant now = clock.instant();
    String deliveryKey =
        outcome.deliveryId() != null ? outcome.deliveryId() : "body-sha256:" + sha256(body);
    boolean anyConnected = false;
    boolean anyFirst = false;
    for (Integration i : targets) {
      if (i.status() != ConnectionStatus.CONNECTED) {
        continue;
      }
      anyConnected = true;
      WebhookDelivery delivery =
          WebhookDelivery.received(deliveryKey, i.id(), now, now.plus(DELIVERY_RECORD_KEPT));
      if (!deliveries.record(delivery)) {
        continue;
      }
      anyFirst = true;
      if (!outcome.deletedExternalIds().isEmpty()) {
        tasks.markDeleted(i.id(), outcome.deletedExternalIds(), now);
      }
      syncs.soon(i.id());
    }
    return new WebhookAnswer(200, Map.of(), anyConnected && !anyFirst ? "duplicate" : "accepted");
  }

  private static String sha256(byte[] body) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private static WebhookAnswer rejected(Provider provider, WebhookOutcome outcome) {
    log.warn("{} webhook rejected: {}", provider.displayName(), outcome.reason());
    return new WebhookAnswer(401, Map.of(), "rejected: " + outcome.reason());
  }
}
