package io.tasksync.app.web;

import io.javalin.http.Context;
import io.tasksync.port.out.TaskQuery;
import io.tasksync.port.out.TaskSlice;
import io.tasksync.port.out.TaskStore;

/** {@code GET /api/tasks}: the organization's tasks with filters and cursor pagination. */
public final class TaskHandlers {

  private final TaskStore tasks;
  private final StoreDeadline deadline;

  public TaskHandlers(TaskStore tasks, StoreDeadline deadline) {
    this.tasks = tasks;
    this.deadline = deadline;
  }

  void list(Context ctx) {
    String integration = ctx.queryParam("integration");
    TaskQuery query =
        TaskQuery.of(Access.organization(ctx), Params.limit(ctx.queryParam("limit"), 100, 500))
            .withIntegration(integration == null ? null : Params.integrationId(integration))
            .withStatuses(Params.statuses(ctx.queryParam("status")))
            .withUpdatedSince(Params.instant("updatedSince", ctx.queryParam("updatedSince")))
            .withIncludeDeleted(Params.bool("includeDeleted", ctx.queryParam("includeDeleted")))
            .withCursor(cursor(ctx.queryParam("cursor")));
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

  private static String cursor(String raw) {
    if (raw != null && raw.length() > 2048) {
      throw ApiException.badRequest("invalid_cursor", "the cursor is too long");
    }
    return raw == null || raw.isBlank() ? null : raw;
  }
}
