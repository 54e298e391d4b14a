package io.tasksync.port.out;

import io.tasksync.domain.Integration;
import io.tasksync.domain.Provider;

/** Creates a provider's webhooks for an integration, where the provider lets an app do so. */
public interface WebhookRegistrar {

  Provider provider();

  /**
   * Creates the webhooks that deliver the integration's task changes: per project for Asana (each
   * at its own {@link WebhookTargets#expectHandshake()} URL, its secret learned in the handshake),
   * per workspace for ClickUp (at {@link WebhookTargets#integrationUrl()}, each secret handed to
   * {@link WebhookTargets#keep}). Webhooks that already deliver with a secret the app holds are
   * left alone, so a repeated call creates nothing new.
   *
   * @throws AuthorizationException, ProviderUnavailableException as {@link TaskProvider#fetch}
   */
  void register(Integration integration, TokenSource tokens, WebhookTargets targets);
}
