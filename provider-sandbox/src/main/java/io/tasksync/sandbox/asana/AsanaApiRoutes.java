package io.tasksync.sandbox.asana;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/** The REST read endpoints under {@code /api/1.0}: workspaces, users, projects, tasks, subtasks. */
final class AsanaApiRoutes {

  static final String PREFIX = "/api/1.0";

  private final AsanaWorkspace ws;
  private final AsanaPaging paging;
  private final AsanaResponder out;

  AsanaApiRoutes(AsanaWorkspace ws, AsanaPaging paging, AsanaResponder out) {
    this.ws = ws;
    this.paging = paging;
    this.out = out;
  }

  void register(RoutesConfig routes) {
    routes.get(PREFIX + "/users/me", ctx -> out.data(ctx, select(AsanaRenderer.user(0), ctx)));
    routes.get(PREFIX + "/workspaces", this::workspaces);
    routes.get(PREFIX + "/users", this::users);
    routes.get(PREFIX + "/projects", this::projects);
    routes.get(PREFIX + "/tasks", this::tasks);
    routes.get(PREFIX + "/tasks/{gid}", this::task);
    routes.get(PREFIX + "/tasks/{gid}/subtasks", this::subtasks);
  }

  private static Object select(Object full, Context ctx) {
    return AsanaRenderer.select(full, ctx.queryParam("opt_fields"));
  }

  private static String key(Context ctx, String... params) {
    StringBuilder sb = new StringBuilder(ctx.path());
    for (String p : params) {
      sb.append('|').append(p).append('=').append(ctx.queryParam(p));
    }
    return sb.toString();
  }

  private void workspaces(Context ctx) {
    int limit = AsanaPaging.limit(ctx.queryParam("limit"));
    String key = key(ctx, "opt_fields");
    long start = paging.start(ctx.queryParam("offset"), key);
    out.json(
        ctx,
        200,
        paging.page(
            "/workspaces", key, start, 1, limit, k -> select(AsanaRenderer.workspace(), ctx)));
  }

  private void requireWorkspace(String gid) {
    if (gid == null) {
      throw new AsanaError(400, "workspace: Missing input");
    }
    if (!AsanaWorkspace.WORKSPACE_GID.equals(gid)) {
      throw new AsanaError(404, "workspace: Unknown object: " + gid);
    }
  }

  private void users(Context ctx) {
    requireWorkspace(ctx.queryParam("workspace"));
    int limit = AsanaPaging.limit(ctx.queryParam("limit"));
    String key = key(ctx, "workspace", "opt_fields");
    long start = paging.start(ctx.queryParam("offset"), key);
    out.json(
        ctx,
        200,
        paging.page(
            "/users?workspace=" + AsanaWorkspace.WORKSPACE_GID,
            key,
            start,
            AsanaWorkspace.USERS,
            limit,
            k -> select(AsanaRenderer.user((int) k), ctx)));
  }

  private void projects(Context ctx) {
    requireWorkspace(ctx.queryParam("workspace"));
    String archived = ctx.queryParam("archived");
    int limit = AsanaPaging.limit(ctx.queryParam("limit"));
    String key = key(ctx, "workspace", "archived", "opt_fields");
    long start = paging.start(ctx.queryParam("offset"), key);
    out.json(
        ctx,
        200,
        paging.page(
            "/projects?workspace=" + AsanaWorkspace.WORKSPACE_GID,
            key,
            start,
            ws.projectCount(),
            limit,
            k ->
                archived == null
                        || Boolean.parseBoolean(archived) == AsanaWorkspace.isArchived((int) k)
                    ? select(AsanaRenderer.project((int) k), ctx)
                    : null));
  }

  private void tasks(Context ctx) {
    String project = ctx.queryParam("project");
    String assignee = ctx.queryParam("assignee");
    String workspace = ctx.queryParam("workspace");
    if ((project == null) == (assignee == null && workspace == null)
        || (project == null && (assignee == null || workspace == null))) {
      throw new AsanaError(
          400,
          "Must specify exactly one of project, tag, section, user task list, or assignee + workspace");
    }
    Instant modifiedSince = instant(ctx.queryParam("modified_since"), "modified_since");
    String completedSinceText = ctx.queryParam("completed_since");
    Instant completedSince =
        "now".equals(completedSinceText)
            ? Instant.now()
            : instant(completedSinceText, "completed_since");
    int limit = AsanaPaging.limit(ctx.queryParam("limit"));
    String key =
        key(
            ctx,
            "project",
            "assignee",
            "workspace",
            "modified_since",
            "completed_since",
            "opt_fields");
    long start = paging.start(ctx.queryParam("offset"), key);
    List<Long> created = ws.createdIndices();
    Map<String, Object> body;
    if (project != null) {
      int p = ws.projectOf(project);
      if (p < 0) {
        throw new AsanaError(404, "project: Unknown object: " + project);
      }
      long[] r = ws.projectRanges(p);
      long own = r[1] - r[0];
      long foreign = r[3] - r[2];
      body =
          paging.page(
              "/tasks?project=" + project,
              key,
              start,
              own + foreign + created.size(),
              limit,
              k -> {
                long index =
                    k < own
                        ? r[0] + k
                        : k < own + foreign
                            ? r[2] + k - own
                            : created.get((int) (k - own - foreign));
                AsanaTaskState t = ws.task(index);
                return t.projects().contains(p) && listed(t, modifiedSince, completedSince)
                    ? select(AsanaRenderer.task(t, ws), ctx)
                    : null;
              });
    } else {
      requireWorkspace(workspace);
      int user = userIndex(assignee);
      long size = ws.generatedSize();
      body =
          paging.page(
              "/tasks?assignee=" + assignee + "&workspace=" + workspace,
              key,
              start,
              size + created.size(),
              limit,
              k -> {
                AsanaTaskState t = ws.task(k < size ? k : created.get((int) (k - size)));
                return t.assignee() != null
                        && t.assignee() == user
                        && listed(t, modifiedSince, completedSince)
                    ? select(AsanaRenderer.task(t, ws), ctx)
                    : null;
              });
    }
    out.json(ctx, 200, body);
  }

  private static boolean listed(AsanaTaskState t, Instant modifiedSince, Instant completedSince) {
    return !t.deleted()
        && (modifiedSince == null || !t.modifiedAt().isBefore(modifiedSince))
        && (completedSince == null || !t.completed() || !t.completedAt().isBefore(completedSince));
  }

  private static int userIndex(String gid) {
    try {
      long u = "me".equals(gid) ? 0 : Long.parseLong(gid) - AsanaWorkspace.USER_BASE;
      if (u >= 0 && u < AsanaWorkspace.USERS) {
        return (int) u;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new AsanaError(404, "assignee: Unknown object: " + gid);
  }

  private static Instant instant(String text, String name) {
    if (text == null) {
      return null;
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new AsanaError(400, name + ": Invalid date-time: " + text);
    }
  }

  private AsanaTaskState liveTask(String gid) {
    long index = ws.indexOf(gid);
    AsanaTaskState t = index < 0 ? null : ws.task(index);
    if (t == null || t.deleted()) {
      throw new AsanaError(404, "task: Unknown object: " + gid);
    }
    return t;
  }

  private void task(Context ctx) {
    AsanaTaskState t = liveTask(ctx.pathParam("gid"));
    out.data(ctx, select(AsanaRenderer.task(t, ws), ctx));
  }

  private void subtasks(Context ctx) {
    AsanaTaskState parent = liveTask(ctx.pathParam("gid"));
    List<Long> children = ws.children(parent.index());
    int limit = AsanaPaging.limit(ctx.queryParam("limit"));
    String key = key(ctx, "opt_fields");
    long start = paging.start(ctx.queryParam("offset"), key);
    out.json(
        ctx,
        200,
        paging.page(
            "/tasks/" + ctx.pathParam("gid") + "/subtasks",
            key,
            start,
            children.size(),
            limit,
            k -> {
              AsanaTaskState t = ws.task(children.get((int) k));
              return t.deleted() ? null : select(AsanaRenderer.task(t, ws), ctx);
            }));
  }
}
