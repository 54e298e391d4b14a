package io.tasksync.adapter.clickup;

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

/** The ClickUp adapter's parts, wired by hand: task provider, OAuth client and webhooks. */
public final class ClickUpAdapters {

  private final ClickUpTaskProvider taskProvider;
  private final ClickUpOAuthClient oauthClient;
  private final ClickUpWebhookReceiver webhookReceiver;
  private final ClickUpWebhookRegistrar webhookRegistrar;

  private ClickUpAdapters(
      ClickUpConfig config, Clock clock, ProviderCallObserver observer, ProviderStateStore state) {
    ClickUpRateBudget budget =
        new ClickUpRateBudget(
            config.budget().requestsPerMinute(),
            config.budget().rateLimitReserve(),
            config.http().maxRateLimitWait(),
            clock);
    this.taskProvider =
        new ClickUpTaskProvider(new ClickUpHttp(config, budget, observer), config, clock, state);
    this.oauthClient = new ClickUpOAuthClient(config);
    this.webhookReceiver = new ClickUpWebhookReceiver();
    this.webhookRegistrar = new ClickUpWebhookRegistrar(taskProvider);
  }

  /** One set of adapters sharing one per-token request budget. */
  public static ClickUpAdapters create(ClickUpConfig config, Clock clock) {
    return create(config, clock, ProviderCallObserver.NONE);
  }

  /**
   * The adapters, reporting each API request and rate-limit wait to {@code observer}, and keeping
   * the archived lists found by the last walk of each workspace in memory only (a restarted process
   * walks again on its first run).
   */
  public static ClickUpAdapters create(
      ClickUpConfig config, Clock clock, ProviderCallObserver observer) {
    return create(config, clock, observer, new InMemoryProviderStateStore());
  }

  /**
   * As {@link #create(ClickUpConfig, Clock, ProviderCallObserver)}, keeping the archived lists in
   * {@code state}, so incremental runs of any process read them instead of walking the hierarchy.
   */
  public static ClickUpAdapters create(
      ClickUpConfig config, Clock clock, ProviderCallObserver observer, ProviderStateStore state) {
    return new ClickUpAdapters(
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
