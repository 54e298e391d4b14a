package io.tasksync.app.web;

import io.javalin.http.Context;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.TaskKey;
import io.tasksync.port.out.IntegrationStore;
import io.tasksync.port.out.TaskQuery;
import io.tasksync.port.out.TaskSlice;
import io.tasksync.port.out.TaskStore;
import io.tasksync.port.out.UnsupportedQueryException;

/**
 * {@code GET /api/tasks}: the organization's tasks with filters and cursor pagination; {@code GET
 * /api/integrations/{id}/tasks/{externalId}}: one task with every field and its raw payload.
 */
public final class TaskHandlers {

  private final TaskStore tasks;
  private final IntegrationStore integrations;
  private final StoreDeadline deadline;

  public TaskHandlers(TaskStore tasks, IntegrationStore integrations, StoreDeadline deadline) {
    this.tasks = tasks;
    this.integrations = integrations;
    this.deadline = deadline;
  }

  void list(Context ctx) {
    TaskQuery query = query(ctx);
    TaskSlice slice;
    try {
      slice = deadline.within("a task listing", () -> tasks.list(query));
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(
          "invalid_cursor", "the cursor is not one this API issued; start again without it");
    }
    ctx.json(
        new Views.TaskPageView(
            slice.tasks().stream().map(Views.TaskView::of).toList(), slice.nextCursor()));
  }

  void detail(Context ctx) {
    IntegrationId id = Params.integrationId(ctx.pathParam("id"));
    integrations
        .get(id)
        .filter(i -> i.belongsTo(Access.organization(ctx)))
        .orElseThrow(() -> ApiException.notFound("the integration"));
    String externalId = ctx.pathParam("externalId");
    if (externalId.isBlank() || externalId.length() > 256) {
      throw ApiException.notFound("the task");
    }
    ctx.json(
        tasks
            .get(new TaskKey(id, externalId))
            .map(TaskDetailView::of)
            .orElseThrow(() -> ApiException.notFound("the task")));
  }

  private static TaskQuery query(Context ctx) {
    String integration = ctx.queryParam("integration");
    String provider = ctx.queryParam("provider");
    try {
      return TaskQuery.of(Access.organization(ctx), Params.limit(ctx.queryParam("limit"), 100, 500))
          .withIntegration(integration == null ? null : Params.integrationId(integration))
          .withProvider(provider == null || provider.isBlank() ? null : Params.provider(provider))
          .withStatuses(Params.statuses(ctx.queryParam("status")))
          .withAssignee(Params.text("assignee", ctx.queryParam("assignee")))
          .withTitleWord(Params.text("q", ctx.queryParam("q")))
          .withDue(
              Params.day("dueAfter", ctx.queryParam("dueAfter")),
              Params.day("dueBefore", ctx.queryParam("dueBefore")))
          .withUpdatedSince(Params.instant("updatedSince", ctx.queryParam("updatedSince")))
          .withIncludeDeleted(Params.bool("includeDeleted", ctx.queryParam("includeDeleted")))
          .withCursor(cursor(ctx.queryParam("cursor")));
    } catch (UnsupportedQueryException e) {
      throw ApiException.badRequest("unsupported_filters", e.getMessage());
    }
  }

  private static String cursor(String raw) {
    if (raw != null && raw.length() > 2048) {
      throw ApiException.badRequest("invalid_cursor", "the cursor is too long");
    }
    return raw == null || raw.isBlank() ? null : raw;
  }
}
