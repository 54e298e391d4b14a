package io.tasksync.adapter.linear;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.tasksync.kit.http.Pause;
import io.tasksync.port.out.OAuthClient;
import io.tasksync.port.out.ProviderCallObserver;
import io.tasksync.port.out.ProviderConnector;
import io.tasksync.port.out.TaskProvider;
import io.tasksync.port.out.WebhookReceiver;
import io.tasksync.port.out.WebhookRegistrar;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * The Linear adapter wired by hand: task provider, OAuth client and webhook receiver. There is no
 * webhook registrar: Linear's webhooks for an OAuth app are app-level, configured once in the app's
 * settings at Linear with the signing secret given to {@link LinearConfig}.
 */
public final class LinearAdapters {

  private final TaskProvider taskProvider;
  private final OAuthClient oauthClient;
  private final WebhookReceiver webhookReceiver;

  private LinearAdapters(
      TaskProvider taskProvider, OAuthClient oauthClient, WebhookReceiver receiver) {
    this.taskProvider = taskProvider;
    this.oauthClient = oauthClient;
    this.webhookReceiver = receiver;
  }

  public static LinearAdapters create(LinearConfig config, Clock clock) {
    return create(config, clock, ProviderCallObserver.NONE);
  }

  /** The adapters, reporting each API request and rate-limit wait to {@code observer}. */
  public static LinearAdapters create(
      LinearConfig config, Clock clock, ProviderCallObserver observer) {
    return create(config, clock, Pause.REAL, Objects.requireNonNull(observer, "observer"));
  }

  static LinearAdapters create(LinearConfig config, Clock clock, Pause pause) {
    return create(config, clock, pause, ProviderCallObserver.NONE);
  }

  static LinearAdapters create(
      LinearConfig config, Clock clock, Pause pause, ProviderCallObserver observer) {
    ObjectMapper json = json();
    LinearGraphQlClient client =
        new LinearGraphQlClient(config, json, new LinearBudgets(), clock, pause, observer);
    return new LinearAdapters(
        new LinearTaskProvider(config, client, json),
        new LinearOAuthClient(config, clock),
        new LinearWebhookReceiver(config, json));
  }

  /** The JSON mapper of the adapter: ISO-8601 instants, unknown properties ignored. */
  static ObjectMapper json() {
    return new ObjectMapper()
        .registerModule(new JavaTimeModule())
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
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

  /** Always empty: Linear's OAuth-app webhooks are configured in the app's settings at Linear. */
  public Optional<WebhookRegistrar> webhookRegistrar() {
    return Optional.empty();
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
