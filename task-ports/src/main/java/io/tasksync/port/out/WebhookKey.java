package io.tasksync.port.out;

import io.tasksync.domain.IntegrationId;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Names one provider webhook of an integration: the registration id in its target URL (Asana) or
 * the provider's webhook id (ClickUp). A key without a webhook id names the integration's single
 * secret kept before secrets were per webhook; it is only read, never written anew.
 *
 * @param integrationId the integration the webhook delivers to
 * @param webhookId 1-128 letters, digits, '-' or '_'; null for the integration's former single
 *     secret
 */
public record WebhookKey(IntegrationId integrationId, String webhookId) {

  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_-]{1,128}");

  public WebhookKey {
    Objects.requireNonNull(integrationId, "integrationId");
    if (webhookId != null && !isValidWebhookId(webhookId)) {
      throw new IllegalArgumentException(
          "webhookId must be 1-128 letters, digits, '-' or '_', was '" + webhookId + "'");
    }
  }

  public static WebhookKey of(IntegrationId integrationId, String webhookId) {
    return new WebhookKey(integrationId, Objects.requireNonNull(webhookId, "webhookId"));
  }

  /** The integration's single secret from before secrets were kept per webhook. */
  public static WebhookKey former(IntegrationId integrationId) {
    return new WebhookKey(integrationId, null);
  }

  public static boolean isValidWebhookId(String webhookId) {
    return webhookId != null && SAFE.matcher(webhookId).matches();
  }

  public boolean isFormer() {
    return webhookId == null;
  }
}
