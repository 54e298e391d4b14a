package io.tasksync.port.out;

import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.OrganizationId;
import io.tasksync.domain.Provider;
import io.tasksync.domain.StatusCategory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A page request over an organization's tasks. Without a range filter the pages follow the task's
 * key, which never changes, so a walk lists every matching task exactly once even while tasks are
 * written; with {@code updatedSince} they follow {@code updatedAt} then the key (a change feed: a
 * task changed during the walk may show again with its new version), with a due range they follow
 * the due day then the key.
 *
 * <p>Filters that combine (every store serves them with declared indexes, never by scanning): any
 * of integration or provider (not both), statuses and deleted-ness, with at most one of assignee or
 * title word, or else with at most one of the due range or {@code updatedSince}. Other combinations
 * are refused with {@link UnsupportedQueryException}.
 *
 * @param organizationId required: one organization never sees another's tasks
 * @param integrationId only this integration's tasks, or null for all of the organization's
 * @param provider only this provider's tasks, or null
 * @param statuses only these categories; empty for all
 * @param assignee only tasks with an assignee whose id, email or name equals this (case does not
 *     matter), or null
 * @param titleWord only tasks with a word in the title starting with this, see {@link TaskSearch}
 * @param dueAfter only tasks due on or after this day (UTC), or null
 * @param dueBefore only tasks due on or before this day (UTC), or null
 * @param updatedSince only tasks updated at or after this instant, or null
 * @param includeDeleted whether soft-deleted tasks are listed
 * @param limit page size, 1..{@value #MAX_LIMIT}
 * @param cursor from a previous {@link TaskSlice#nextCursor()}, or null for the first page
 */
public record TaskQuery(
    OrganizationId organizationId,
    IntegrationId integrationId,
    Provider provider,
    Set<StatusCategory> statuses,
    String assignee,
    String titleWord,
    LocalDate dueAfter,
    LocalDate dueBefore,
    Instant updatedSince,
    boolean includeDeleted,
    int limit,
    String cursor) {

  public static final int MAX_LIMIT = 500;

  /** How a query's pages are ordered, which decides what its cursor holds. */
  public enum Order {
    KEY,
    UPDATED_AT,
    DUE_DAY
  }

  public TaskQuery {
    Objects.requireNonNull(organizationId, "organizationId");
    statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    assignee = assignee == null || assignee.isBlank() ? null : TaskSearch.assigneeKey(assignee);
    titleWord = titleWord == null || titleWord.isBlank() ? null : TaskSearch.queryWord(titleWord);
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ", was " + limit);
    }
    if (integrationId != null && provider != null) {
      throw new UnsupportedQueryException(
          "filter by integration or by provider, not both (an integration has one provider)");
    }
    if (assignee != null && titleWord != null) {
      throw new UnsupportedQueryException("filter by assignee or by title word, not both");
    }
    boolean due = dueAfter != null || dueBefore != null;
    if (due && updatedSince != null) {
      throw new UnsupportedQueryException("filter by due date or by updatedSince, not both");
    }
    if ((due || updatedSince != null) && (assignee != null || titleWord != null)) {
      throw new UnsupportedQueryException(
          "a due date or updatedSince filter does not combine with assignee or title word");
    }
    if (dueAfter != null && dueBefore != null && dueAfter.isAfter(dueBefore)) {
      throw new UnsupportedQueryException("dueAfter is later than dueBefore");
    }
  }

  /** The pre-search form: integration, statuses, updated time, deleted-ness. */
  public TaskQuery(
      OrganizationId organizationId,
      IntegrationId integrationId,
      Set<StatusCategory> statuses,
      Instant updatedSince,
      boolean includeDeleted,
      int limit,
      String cursor) {
    this(
        organizationId,
        integrationId,
        null,
        statuses,
        null,
        null,
        null,
        null,
        updatedSince,
        includeDeleted,
        limit,
        cursor);
  }

  public static TaskQuery of(OrganizationId organizationId, int limit) {
    return new TaskQuery(organizationId, null, Set.of(), null, false, limit, null);
  }

  public Order order() {
    if (updatedSince != null) {
      return Order.UPDATED_AT;
    }
    return dueAfter != null || dueBefore != null ? Order.DUE_DAY : Order.KEY;
  }

  public TaskQuery withIntegration(IntegrationId id) {
    return edit(d -> d.integrationId = id);
  }

  public TaskQuery withProvider(Provider p) {
    return edit(d -> d.provider = p);
  }

  public TaskQuery withStatuses(Set<StatusCategory> newStatuses) {
    return edit(d -> d.statuses = newStatuses);
  }

  public TaskQuery withAssignee(String who) {
    return edit(d -> d.assignee = who);
  }

  public TaskQuery withTitleWord(String word) {
    return edit(d -> d.titleWord = word);
  }

  public TaskQuery withDue(LocalDate after, LocalDate before) {
    return edit(
        d -> {
          d.dueAfter = after;
          d.dueBefore = before;
        });
  }

  public TaskQuery withUpdatedSince(Instant since) {
    return edit(d -> d.updatedSince = since);
  }

  public TaskQuery withIncludeDeleted(boolean include) {
    return edit(d -> d.includeDeleted = include);
  }

  public TaskQuery withCursor(String newCursor) {
    return edit(d -> d.cursor = newCursor);
  }

  /** A copy with one change, checked by the canonical constructor like any other query. */
  private TaskQuery edit(Consumer<Draft> change) {
    Draft d = new Draft(this);
    change.accept(d);
    return d.query();
  }

  /** The fields of a query while one {@code withX} changes some of them. */
  private static final class Draft {
    private final OrganizationId organizationId;
    private IntegrationId integrationId;
    private Provider provider;
    private Set<StatusCategory> statuses;
    private String assignee;
    private String titleWord;
    private LocalDate dueAfter;
    private LocalDate dueBefore;
    private Instant updatedSince;
    private boolean includeDeleted;
    private final int limit;
    private String cursor;

    private Draft(TaskQuery q) {
      organizationId = q.organizationId;
      integrationId = q.integrationId;
      provider = q.provider;
      statuses = q.statuses;
      assignee = q.assignee;
      titleWord = q.titleWord;
      dueAfter = q.dueAfter;
      dueBefore = q.dueBefore;
      updatedSince = q.updatedSince;
      includeDeleted = q.includeDeleted;
      limit = q.limit;
      cursor = q.cursor;
    }

    private TaskQuery query() {
      return new TaskQuery(
          organizationId,
          integrationId,
          provider,
          statuses,
          assignee,
          titleWord,
          dueAfter,
          dueBefore,
          updatedSince,
          includeDeleted,
          limit,
          cursor);
    }
  }
}
