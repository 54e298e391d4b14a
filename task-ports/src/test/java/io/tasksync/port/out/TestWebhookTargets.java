package io.tasksync.port.out;

import io.tasksync.application.memory.InMemoryWebhookSecretStore;
import io.tasksync.domain.IntegrationId;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@link WebhookTargets} for adapter tests, as the app keeps them: one registration id per new
 * webhook, appended to the integration URL, and every secret in an in-memory store.
 */
public final class TestWebhookTargets implements WebhookTargets {

  private final IntegrationId integrationId;
  private final URI integrationUrl;
  private final InMemoryWebhookSecretStore secrets = new InMemoryWebhookSecretStore();
  private final AtomicInteger next = new AtomicInteger();

  public TestWebhookTargets(IntegrationId integrationId, URI integrationUrl) {
    this.integrationId = integrationId;
    this.integrationUrl = integrationUrl;
  }

  @Override
  public URI integrationUrl() {
    return integrationUrl;
  }

  @Override
  public URI expectHandshake() {
    String registration = "reg-" + next.incrementAndGet();
    secrets.expect(
        WebhookKey.of(integrationId, registration), Instant.now().plus(Duration.ofMinutes(1)));
    return URI.create(integrationUrl + "/" + registration);
  }

  @Override
  public boolean isEstablished(String target) {
    String prefix = integrationUrl + "/";
    return target.startsWith(prefix) && secretOf(target.substring(prefix.length())).isPresent();
  }

  @Override
  public void keep(String webhookId, String secret) {
    secrets.put(WebhookKey.of(integrationId, webhookId), secret);
  }

  /** Establishes the registration a handshake arrived for, as the app's inbox does. */
  public boolean establish(String registration, String secret) {
    return secrets.establish(WebhookKey.of(integrationId, registration), secret, Instant.now());
  }

  public Optional<String> secretOf(String webhookId) {
    return WebhookKey.isValidWebhookId(webhookId)
        ? secrets.get(WebhookKey.of(integrationId, webhookId))
        : Optional.empty();
  }
}
