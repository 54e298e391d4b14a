package io.tasksync.port.out;

import io.tasksync.domain.Integration;
import io.tasksync.domain.Provider;
import java.net.URI;
import java.util.Optional;

/** Creates a provider's webhooks for an integration, where the provider lets an app do so. */
public interface WebhookRegistrar {

  Provider provider();

  /**
   * Creates (or re-creates) the webhooks that deliver the integration's task changes to {@code
   * target}: per project for Asana, per workspace for ClickUp. Idempotent for an unchanged target.
   *
   * @return the signing secret when the provider issues one at creation (ClickUp); empty when it is
   *     learned in a handshake (Asana) or is the app's own (Linear)
   * @throws AuthorizationException, ProviderUnavailableException as {@link TaskProvider#fetch}
   */
  Optional<String> register(Integration integration, TokenSource tokens, URI target);
}
