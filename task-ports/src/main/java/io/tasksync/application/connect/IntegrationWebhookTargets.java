package io.tasksync.application.connect;

import io.tasksync.domain.Integration;
import io.tasksync.port.out.WebhookKey;
import io.tasksync.port.out.WebhookSecretStore;
import io.tasksync.port.out.WebhookTargets;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

/**
 * One integration's webhook URLs: {@code /webhooks/{provider}/{integrationId}} for deliveries that
 * name their webhook, and {@code …/{registrationId}} per webhook whose secret comes in a handshake,
 * the registration recorded in the secret store before the provider is asked to create it.
 */
final class IntegrationWebhookTargets implements WebhookTargets {

  static final Duration HANDSHAKE_WINDOW = Duration.ofSeconds(60);

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Integration integration;
  private final URI publicBaseUrl;
  private final WebhookSecretStore secrets;
  private final Clock clock;

  IntegrationWebhookTargets(
      Integration integration, URI publicBaseUrl, WebhookSecretStore secrets, Clock clock) {
    this.integration = integration;
    this.publicBaseUrl = publicBaseUrl;
    this.secrets = secrets;
    this.clock = clock;
  }

  @Override
  public URI integrationUrl() {
    return publicBaseUrl.resolve(
        "/webhooks/" + integration.provider().id() + "/" + integration.id().value());
  }

  @Override
  public URI expectHandshake() {
    byte[] bytes = new byte[18];
    RANDOM.nextBytes(bytes);
    String registration = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    WebhookKey key = WebhookKey.of(integration.id(), registration);
    if (!secrets.expect(key, clock.instant().plus(HANDSHAKE_WINDOW))) {
      throw new IllegalStateException("a fresh webhook registration id was already known");
    }
    return URI.create(integrationUrl() + "/" + registration);
  }

  @Override
  public boolean isEstablished(String target) {
    String prefix = integrationUrl() + "/";
    if (!target.startsWith(prefix)) {
      return false;
    }
    String registration = target.substring(prefix.length());
    return WebhookKey.isValidWebhookId(registration)
        && secrets.get(WebhookKey.of(integration.id(), registration)).isPresent();
  }

  @Override
  public void keep(String webhookId, String secret) {
    secrets.put(WebhookKey.of(integration.id(), webhookId), secret);
  }
}
