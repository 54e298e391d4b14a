package io.tasksync.adapter.asana;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tasksync.port.out.OAuthClient;
import io.tasksync.port.out.ProviderCallObserver;
import io.tasksync.port.out.TaskProvider;
import io.tasksync.port.out.WebhookReceiver;
import io.tasksync.port.out.WebhookRegistrar;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/** Builds the Asana adapter's implementations of the ports, for wiring by hand. */
public final class AsanaAdapters {

  private final TaskProvider taskProvider;
  private final OAuthClient oauthClient;
  private final WebhookReceiver webhookReceiver;
  private final WebhookRegistrar webhookRegistrar;

  private AsanaAdapters(AsanaConfig config, Clock clock, ProviderCallObserver observer) {
    ObjectMapper json = new ObjectMapper();
    AsanaHttp http =
        new AsanaHttp(config, json, new AsanaBudget(config.requestsPerMinute()), observer);
    this.taskProvider = new AsanaTaskProvider(config, http, json);
    this.oauthClient = new AsanaOAuthClient(config, clock);
    this.webhookReceiver = new AsanaWebhookReceiver(json);
    this.webhookRegistrar = new AsanaWebhookRegistrar(http);
  }

  public static AsanaAdapters create(AsanaConfig config, Clock clock) {
    return create(config, clock, ProviderCallObserver.NONE);
  }

  /** The adapters, reporting each API request and rate-limit wait to {@code observer}. */
  public static AsanaAdapters create(
      AsanaConfig config, Clock clock, ProviderCallObserver observer) {
    return new AsanaAdapters(config, clock, Objects.requireNonNull(observer, "observer"));
  }

  public TaskProvider taskProvider() {
    return taskProvider;
  }

  public OAuthClient oauthClient() {
    return oauthClient;
  }

  public WebhookReceiver webhookReceiver() {
    return webhookReceiver;
  }

  public Optional<WebhookRegistrar> webhookRegistrar() {
    return Optional.of(webhookRegistrar);
  }
}
