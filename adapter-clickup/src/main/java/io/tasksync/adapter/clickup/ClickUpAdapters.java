package io.tasksync.adapter.clickup;

import io.tasksync.port.out.OAuthClient;
import io.tasksync.port.out.ProviderCallObserver;
import io.tasksync.port.out.ProviderConnector;
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

  private ClickUpAdapters(ClickUpConfig config, Clock clock, ProviderCallObserver observer) {
    ClickUpRateBudget budget =
        new ClickUpRateBudget(
            config.budget().requestsPerMinute(),
            config.budget().rateLimitReserve(),
            config.http().maxRateLimitWait(),
            clock);
    this.taskProvider =
        new ClickUpTaskProvider(new ClickUpHttp(config, budget, observer), config, clock);
    this.oauthClient = new ClickUpOAuthClient(config);
    this.webhookReceiver = new ClickUpWebhookReceiver();
    this.webhookRegistrar = new ClickUpWebhookRegistrar(taskProvider);
  }

  /** One set of adapters sharing one per-token request budget. */
  public static ClickUpAdapters create(ClickUpConfig config, Clock clock) {
    return create(config, clock, ProviderCallObserver.NONE);
  }

  /** The adapters, reporting each API request and rate-limit wait to {@code observer}. */
  public static ClickUpAdapters create(
      ClickUpConfig config, Clock clock, ProviderCallObserver observer) {
    return new ClickUpAdapters(config, clock, Objects.requireNonNull(observer, "observer"));
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
