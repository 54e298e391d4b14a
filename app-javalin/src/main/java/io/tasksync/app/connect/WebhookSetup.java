package io.tasksync.app.connect;

import io.tasksync.application.TokenSourceFactory;
import io.tasksync.domain.Integration;
import io.tasksync.port.out.WebhookRegistrar;
import io.tasksync.port.out.WebhookSecretStore;
import java.net.URI;
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

  private final ProviderRegistry registry;
  private final TokenSourceFactory tokens;
  private final WebhookSecretStore secrets;
  private final URI publicBaseUrl;
  private final ExecutorService executor;

  public WebhookSetup(
      ProviderRegistry registry,
      TokenSourceFactory tokens,
      WebhookSecretStore secrets,
      URI publicBaseUrl,
      ExecutorService executor) {
    this.registry = registry;
    this.tokens = tokens;
    this.secrets = secrets;
    this.publicBaseUrl = publicBaseUrl;
    this.executor = executor;
  }

  /** The URL a provider delivers the integration's webhooks to. */
  public URI targetOf(Integration integration) {
    return publicBaseUrl.resolve(
        "/webhooks/" + integration.provider().id() + "/" + integration.id().value());
  }

  public void registerInBackground(Integration integration) {
    Optional<WebhookRegistrar> registrar = registry.registrar(integration.provider());
    if (registrar.isEmpty()) {
      return;
    }
    executor.execute(
        () -> {
          try {
            registrar
                .get()
                .register(
                    integration, tokens.forIntegration(integration.id()), targetOf(integration))
                .ifPresent(secret -> secrets.put(integration.id(), secret));
            log.info("webhooks of {} point at {}", integration.id(), targetOf(integration));
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
