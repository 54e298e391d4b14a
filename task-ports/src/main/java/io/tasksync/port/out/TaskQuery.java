package io.tasksync.port.out;

import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.OrganizationId;
import io.tasksync.domain.StatusCategory;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A page request over an organization's tasks, ordered by {@code updatedAt} then by task key.
 *
 * @param organizationId required: one organization never sees another's tasks
 * @param integrationId only this integration's tasks, or null for all of the organization's
 * @param statuses only these categories; empty for all
 * @param updatedSince only tasks updated at or after this instant, or null
 * @param includeDeleted whether soft-deleted tasks are listed
 * @param limit page size, 1..{@value #MAX_LIMIT}
 * @param cursor from a previous {@link TaskSlice#nextCursor()}, or null for the first page
 */
public record TaskQuery(
    OrganizationId organizationId,
    IntegrationId integrationId,
    Set<StatusCategory> statuses,
    Instant updatedSince,
    boolean includeDeleted,
    int limit,
    String cursor) {

  public static final int MAX_LIMIT = 500;

  public TaskQuery {
    Objects.requireNonNull(organizationId, "organizationId");
    statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ", was " + limit);
    }
  }

  public static TaskQuery of(OrganizationId organizationId, int limit) {
    return new TaskQuery(organizationId, null, Set.of(), null, false, limit, null);
  }

  public TaskQuery withIntegration(IntegrationId id) {
    return new TaskQuery(organizationId, id, statuses, updatedSince, includeDeleted, limit, cursor);
  }

  public TaskQuery withStatuses(Set<StatusCategory> newStatuses) {
    return new TaskQuery(
        organizationId, integrationId, newStatuses, updatedSince, includeDeleted, limit, cursor);
  }

  public TaskQuery withUpdatedSince(Instant since) {
    return new TaskQuery(
        organizationId, integrationId, statuses, since, includeDeleted, limit, cursor);
  }

  public TaskQuery withIncludeDeleted(boolean include) {
    return new TaskQuery(
        organizationId, integrationId, statuses, updatedSince, include, limit, cursor);
  }

  public TaskQuery withCursor(String newCursor) {
    return new TaskQuery(
        organizationId, integrationId, statuses, updatedSince, includeDeleted, limit, newCursor);
  }
}
