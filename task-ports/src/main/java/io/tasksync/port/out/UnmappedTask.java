package io.tasksync.port.out;

/**
 * An item of a provider page that could not be turned into a {@link io.tasksync.domain.Task}: it is
 * counted as failed, named in the sync state's last error, and skipped, while the rest of its page
 * is stored.
 *
 * @param providerId the provider's id of the item, or null when the item carries none
 * @param reason why it could not be mapped, for a person to read; never blank
 */
public record UnmappedTask(String providerId, String reason) {

  public UnmappedTask {
    providerId = providerId == null || providerId.isBlank() ? null : providerId;
    reason = reason == null || reason.isBlank() ? "(no reason given)" : reason;
  }

  /** The provider id, or "(no id)" for an item that cannot be identified. */
  public String label() {
    return providerId == null ? "(no id)" : providerId;
  }
}
