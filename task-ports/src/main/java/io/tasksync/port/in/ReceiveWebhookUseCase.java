package io.tasksync.port.in;

import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.Provider;
import java.util.Map;
import java.util.Optional;

/**
 * Takes provider webhook deliveries: verifies each with the secret of the webhook it came to,
 * records it durably (redeliveries to any instance are recognised as duplicates), marks the tasks
 * it reports deleted at once and requests a prompt, debounced incremental sync for the rest.
 */
public interface ReceiveWebhookUseCase {

  /**
   * A delivery to an integration's URL ({@code registration} null) or to the URL of one of its
   * webhooks. A handshake is answered (with the headers the provider expects) only on the URL of a
   * registration awaiting one; a bad signature is answered 401 and changes nothing.
   *
   * @param headers the request headers (names case-insensitive to the receivers)
   * @param body the raw body, exactly as received (signatures cover its bytes)
   * @return empty when no integration of that provider has this id, or the provider has no receiver
   */
  Optional<WebhookAnswer> forIntegration(
      Provider provider,
      IntegrationId integrationId,
      String registration,
      Map<String, String> headers,
      byte[] body);

  /**
   * An app-level delivery (Linear), verified with the app's signing secret and routed to the
   * connected integrations of the workspace it names.
   *
   * @return empty when the provider has no receiver
   */
  Optional<WebhookAnswer> forApp(Provider provider, Map<String, String> headers, byte[] body);
}
