package io.tasksync.application.connect;

import io.tasksync.application.ProviderConnectors;
import io.tasksync.application.TokenSourceFactory;
import io.tasksync.domain.Integration;
import io.tasksync.port.out.WebhookRegistrar;
import io.tasksync.port.out.WebhookSecretStore;
import io.tasksync.port.out.WebhookTargets;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates an integration's webhooks where its provider lets an app do so, best effort: polling
 * stays the safety net, so a failure is logged and nothing else.
 */
public final class WebhookSetup {

  private static final Logger log = LoggerFactory.getLogger(WebhookSetup.class);

  private final ProviderConnectors registry;
  private final TokenSourceFactory tokens;
  private final WebhookSecretStore secrets;
  private final URI publicBaseUrl;
  private final ExecutorService executor;
  private final Clock clock;

  public WebhookSetup(
      ProviderConnectors registry,
      TokenSourceFactory tokens,
      WebhookSecretStore secrets,
      URI publicBaseUrl,
      ExecutorService executor,
      Clock clock) {
    this.registry = registry;
    this.tokens = tokens;
    this.secrets = secrets;
    this.publicBaseUrl = publicBaseUrl;
    this.executor = executor;
    this.clock = clock;
  }

  /** The integration's webhook URLs, each new one recorded before its webhook is created. */
  public WebhookTargets targetsOf(Integration integration) {
    return new IntegrationWebhookTargets(integration, publicBaseUrl, secrets, clock);
  }

  public void registerInBackground(Integration integration) {
    Optional<WebhookRegistrar> registrar = registry.registrar(integration.provider());
    if (registrar.isEmpty()) {
      return;
    }
    executor.execute(
        () -> {
          try {
            WebhookTargets targets = targetsOf(integration);
            registrar.get().register(integration, tokens.forIntegration(integration.id()), targets);
            log.info("webhooks of {} point under {}", integration.id(), targets.integrationUrl());
          } catch (RuntimeException e) {
            log.warn(
                "webhooks of {} not created ({}); periodic syncs keep it current",
                integration.id(),
                e.getMessage());
          }
        });
  }

  public void shutdown() {
    executor.shutdownNow();
  }
}
