package io.tasksync.port.out;

import java.util.List;
import java.util.Map;

/**
 * What a webhook delivery means.
 *
 * @param kind handshake, accepted or rejected
 * @param responseHeaders headers to send back (the Asana handshake echo), possibly empty
 * @param newSecret a signing secret learned from the delivery (Asana handshake), or null
 * @param deliveryId the provider's delivery id for deduplication, or null
 * @param workspaceExternalId the workspace the delivery concerns, or null when unknown
 * @param changedExternalIds tasks created or changed, to fetch again
 * @param deletedExternalIds tasks deleted at the provider
 * @param reason why a delivery was rejected, else null
 */
public record WebhookOutcome(
    Kind kind,
    Map<String, String> responseHeaders,
    String newSecret,
    String deliveryId,
    String workspaceExternalId,
    List<String> changedExternalIds,
    List<String> deletedExternalIds,
    String reason) {

  /** The three things a delivery can be. */
  public enum Kind {
    HANDSHAKE,
    ACCEPTED,
    REJECTED
  }

  public WebhookOutcome {
    responseHeaders = Map.copyOf(responseHeaders);
    changedExternalIds = List.copyOf(changedExternalIds);
    deletedExternalIds = List.copyOf(deletedExternalIds);
  }

  public static WebhookOutcome handshake(Map<String, String> responseHeaders, String newSecret) {
    return new WebhookOutcome(
        Kind.HANDSHAKE, responseHeaders, newSecret, null, null, List.of(), List.of(), null);
  }

  public static WebhookOutcome accepted(
      String deliveryId, String workspaceExternalId, List<String> changed, List<String> deleted) {
    return new WebhookOutcome(
        Kind.ACCEPTED, Map.of(), null, deliveryId, workspaceExternalId, changed, deleted, null);
  }

  public static WebhookOutcome rejected(String reason) {
    return new WebhookOutcome(
        Kind.REJECTED, Map.of(), null, null, null, List.of(), List.of(), reason);
  }
}
