package io.tasksync.app.config;

/**
 * An operator's settings of one provider's rate limit and inclusion knobs (the README lists the
 * variables); a null keeps the adapter's default, and a knob the provider has not is always null.
 *
 * @param requestsPerMinute the request budget per token or grant (Asana, ClickUp)
 * @param maxConcurrentRequests the most requests of one grant in flight (Asana)
 * @param includeArchived whether archived projects, lists or issues are imported
 * @param timeTracking whether time tracked is imported (ClickUp)
 * @param readAheadPages pages listed ahead of the store (ClickUp)
 * @param pageSize issues per GraphQL page (Linear)
 */
public record ProviderTuning(
    Integer requestsPerMinute,
    Integer maxConcurrentRequests,
    Boolean includeArchived,
    Boolean timeTracking,
    Integer readAheadPages,
    Integer pageSize) {

  /** Every knob at the adapter's default. */
  public static final ProviderTuning DEFAULTS =
      new ProviderTuning(null, null, null, null, null, null);
}
