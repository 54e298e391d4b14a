package io.tasksync.adapter.asana;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tasksync.application.memory.InMemoryProviderStateStore;
import io.tasksync.port.out.OAuthClient;
import io.tasksync.port.out.ProviderCallObserver;
import io.tasksync.port.out.ProviderConnector;
import io.tasksync.port.out.ProviderStateStore;
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

  private AsanaAdapters(
      AsanaConfig config, Clock clock, ProviderCallObserver observer, ProviderStateStore state) {
    ObjectMapper json = new ObjectMapper();
    AsanaHttp http =
        new AsanaHttp(config, json, new AsanaBudget(config.budget().requestsPerMinute()), observer);
    this.taskProvider = new AsanaTaskProvider(config, http, json, state, clock);
    this.oauthClient = new AsanaOAuthClient(config, clock);
    this.webhookReceiver = new AsanaWebhookReceiver(json);
    this.webhookRegistrar = new AsanaWebhookRegistrar(http);
  }

  /**
   * The adapters, keeping the Events API sync tokens in memory only: after a restart the first
   * incremental run of each project meets a 412 and asks for a reconciliation.
   */
  public static AsanaAdapters create(AsanaConfig config, Clock clock) {
    return create(config, clock, ProviderCallObserver.NONE);
  }

  /** As {@link #create(AsanaConfig, Clock)}, reporting each API request and rate-limit wait. */
  public static AsanaAdapters create(
      AsanaConfig config, Clock clock, ProviderCallObserver observer) {
    return create(config, clock, observer, new InMemoryProviderStateStore());
  }

  /**
   * The adapters, reporting each API request and rate-limit wait to {@code observer} and keeping
   * the Events API sync tokens in {@code state}, so they outlive the process.
   */
  public static AsanaAdapters create(
      AsanaConfig config, Clock clock, ProviderCallObserver observer, ProviderStateStore state) {
    return new AsanaAdapters(
        config,
        clock,
        Objects.requireNonNull(observer, "observer"),
        Objects.requireNonNull(state, "state"));
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

  /** The adapter's parts as one value, for wiring and lookup by provider. */
  public ProviderConnector connector() {
    return new ProviderConnector(
        taskProvider().provider(),
        taskProvider(),
        oauthClient(),
        Optional.of(webhookReceiver()),
        webhookRegistrar());
  }
}
