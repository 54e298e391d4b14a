package io.tasksync.port.out;

import io.tasksync.domain.Provider;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one provider adapter offers: its task provider and OAuth client, its webhook receiver
 * where the provider sends webhooks, and its registrar where an app can create them (not Linear,
 * whose app-level webhooks are configured at Linear).
 *
 * @throws IllegalArgumentException when a part belongs to another provider
 */
public record ProviderConnector(
    Provider provider,
    TaskProvider taskProvider,
    OAuthClient oauthClient,
    Optional<WebhookReceiver> webhookReceiver,
    Optional<WebhookRegistrar> webhookRegistrar) {

  public ProviderConnector {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(taskProvider, "taskProvider");
    Objects.requireNonNull(oauthClient, "oauthClient");
    Objects.requireNonNull(webhookReceiver, "webhookReceiver");
    Objects.requireNonNull(webhookRegistrar, "webhookRegistrar");
    same(provider, taskProvider.provider(), "taskProvider");
    same(provider, oauthClient.provider(), "oauthClient");
    webhookReceiver.ifPresent(r -> same(provider, r.provider(), "webhookReceiver"));
    webhookRegistrar.ifPresent(r -> same(provider, r.provider(), "webhookRegistrar"));
  }

  private static void same(Provider expected, Provider actual, String part) {
    if (expected != actual) {
      throw new IllegalArgumentException(part + " is for " + actual + ", not " + expected);
    }
  }
}
