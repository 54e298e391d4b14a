package io.tasksync.sandbox.clickup;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** The API v2 endpoints the adapter uses, under {@code /api/v2}, in ClickUp's shapes. */
final class ClickUpApiRoutes {

  private static final long DAY = 86_400_000L;

  private final ClickUpStandIn standIn;
  private final ClickUpWorld world;

  ClickUpApiRoutes(ClickUpStandIn standIn, ClickUpWorld world) {
    this.standIn = standIn;
    this.world = world;
  }

  void register(RoutesConfig routes) {
    routes.get("/api/v2/team", standIn.api("GET /team", this::teams));
    routes.get(
        "/api/v2/team/{team_Id}/task", standIn.api("GET /team/{team_Id}/task", this::teamTasks));
    routes.get(
        "/api/v2/list/{list_id}/task", standIn.api("GET /list/{list_id}/task", this::listTasks));
    routes.get("/api/v2/task/{task_id}", standIn.api("GET /task/{task_id}", this::task));
    routes.get(
        "/api/v2/team/{team_Id}/time_entries",
        standIn.api("GET /team/{team_Id}/time_entries", this::timeEntries));
    routes.get(
        "/api/v2/team/{team_id}/space", standIn.api("GET /team/{team_id}/space", this::spaces));
    routes.get(
        "/api/v2/space/{space_id}/folder",
        standIn.api("GET /space/{space_id}/folder", this::folders));
    routes.get(
        "/api/v2/folder/{folder_id}/list",
        standIn.api("GET /folder/{folder_id}/list", this::folderLists));
    routes.get(
        "/api/v2/space/{space_id}/list",
        standIn.api("GET /space/{space_id}/list", this::folderlessLists));
    routes.post(
        "/api/v2/team/{team_id}/webhook",
        standIn.api("POST /team/{team_id}/webhook", this::createWebhook));
    routes.get(
        "/api/v2/team/{team_id}/webhook",
        standIn.api("GET /team/{team_id}/webhook", this::webhooks));
  }

  private JsonNode teams(Context ctx) {
    ObjectNode body = ClickUpJson.MAPPER.createObjectNode();
    ArrayNode teams = body.putArray("teams");
    for (int w = 0; w < world.workspaces(); w++) {
      teams.add(ClickUpJson.team(world, w));
    }
    return body;
  }

  private int workspace(Context ctx, String param) {
    int w = world.workspaceOfTeam(ctx.pathParam(param));
    if (w < 0) {
      throw new ClickUpStandIn.ApiError(401, "Team not authorized", "OAUTH_027");
    }
    return w;
  }

  private static boolean flag(Context ctx, String name) {
    return "true".equalsIgnoreCase(ctx.queryParam(name));
  }

  private static Long number(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      return Long.parseLong(v.trim());
    } catch (NumberFormatException e) {
      throw new ClickUpStandIn.ApiError(400, name + " must be a number", "INPUT_005");
    }
  }

  /**
   * {@code GET /team/{id}/task} as the real API answers it: {@code archived=true} returns only
   * archived tasks and {@code archived=false} (the default) only the others, and tasks of archived
   * lists (and of the lists of archived folders and spaces) never, whatever the flag. Reported by
   * users of other ClickUp connectors: AutoIDM/tap-clickup pull request #81 ("archived=true doesn't
   * include non archived tasks", which led it to list with both flags) and issue #99 ("a list with
   * list.archived=true can have tasks with task.archived=false, yet the task is still not returned
   * from the Get Filtered Team Tasks API"; the only way is to walk space, folder and list and list
   * each archived list on its own).
   */
  private JsonNode teamTasks(Context ctx) {
    int w = workspace(ctx, "team_Id");
    boolean archived = flag(ctx, "archived");
    return page(
        ctx,
        w,
        t -> !ClickUpWorld.hiddenFromTeamListing(t.list()) && t.archived() == archived,
        "team" + archived);
  }

  /**
   * {@code GET /list/{id}/task}: the list's tasks whose own {@code archived} flag equals the
   * parameter (default false), whether or not the list itself is archived (see {@link #teamTasks}).
   */
  private JsonNode listTasks(Context ctx) {
    String listId = ctx.pathParam("list_id");
    for (int w = 0; w < world.workspaces(); w++) {
      for (int l = 0; l < ClickUpWorld.ALL_LISTS; l++) {
        if (ClickUpWorld.listId(w, l).equals(listId)) {
          int list = l;
          boolean archived = flag(ctx, "archived");
          return page(
              ctx, w, t -> t.list() == list && t.archived() == archived, "list" + l + archived);
        }
      }
    }
    throw new ClickUpStandIn.ApiError(404, "List not found", "ITEM_015");
  }

  private JsonNode page(Context ctx, int w, Predicate<StandInTask> where, String scope) {
    boolean closed = flag(ctx, "include_closed");
    boolean subtasks = flag(ctx, "subtasks");
    Long updatedGt = number(ctx, "date_updated_gt");
    Long updatedLt = number(ctx, "date_updated_lt");
    Long pageNo = number(ctx, "page");
    int page = pageNo == null ? 0 : pageNo.intValue();
    Predicate<StandInTask> filter =
        where
            .and(t -> closed || !t.isClosed())
            .and(t -> subtasks || t.parentId() == null)
            .and(t -> updatedGt == null || t.updated() > updatedGt)
            .and(t -> updatedLt == null || t.updated() < updatedLt);
    String key = w + scope + closed + subtasks + updatedGt + "/" + updatedLt;
    ClickUpWorld.Page result = world.page(w, key, filter, page);
    ObjectNode body = ClickUpJson.MAPPER.createObjectNode();
    ArrayNode tasks = body.putArray("tasks");
    Map<String, Long> spent = result.tasks().isEmpty() ? Map.of() : spentByTask(w);
    for (StandInTask t : result.tasks()) {
      ObjectNode n = ClickUpJson.task(t);
      Long ms = spent.get(t.id());
      if (ms != null && ms > 0) {
        n.put("time_spent", ms);
      }
      tasks.add(n);
    }
    body.put("last_page", result.lastPage());
    return body;
  }

  private JsonNode task(Context ctx) {
    StandInTask t = world.find(ctx.pathParam("task_id"));
    if (t == null) {
      throw new ClickUpStandIn.ApiError(404, "Task not found, deleted", "ITEM_013");
    }
    ObjectNode n = ClickUpJson.task(t);
    long[] spent = {0};
    world.timeEntries(
        t.workspace(),
        Long.MIN_VALUE,
        Long.MAX_VALUE,
        allUsers(t.workspace()),
        e -> {
          if (e.taskId().equals(t.id())) {
            spent[0] += e.durationMs();
          }
        });
    n.put("time_spent", spent[0]);
    n.putArray("attachments");
    return n;
  }

  /**
   * Milliseconds tracked per task of the workspace; list items carry {@code time_spent} only when
   * something was tracked (ClickUp leaves it out otherwise).
   */
  private Map<String, Long> spentByTask(int w) {
    Map<String, Long> spent = new HashMap<>();
    world.timeEntries(
        w,
        Long.MIN_VALUE,
        Long.MAX_VALUE,
        allUsers(w),
        e -> spent.merge(e.taskId(), e.durationMs(), Long::sum));
    return spent;
  }

  private Set<Integer> allUsers(int w) {
    Set<Integer> users = new HashSet<>();
    for (int m = 0; m < world.members(); m++) {
      users.add(ClickUpWorld.userId(w, m));
    }
    return users;
  }

  /** Default range: the last 30 days; default user: the caller only (owners may name others). */
  private JsonNode timeEntries(Context ctx) throws IOException {
    int w = workspace(ctx, "team_Id");
    long now = standIn.now();
    Long end = number(ctx, "end_date");
    Long start = number(ctx, "start_date");
    long to = end == null ? now : end;
    long from = start == null ? to - 30 * DAY : start;
    Set<Integer> users = new HashSet<>();
    String assignee = ctx.queryParam("assignee");
    if (assignee == null || assignee.isBlank()) {
      users.add(ClickUpWorld.userId(w, 0));
    } else {
      for (String part : assignee.split(",")) {
        try {
          users.add(Integer.parseInt(part.trim()));
        } catch (NumberFormatException e) {
          throw new ClickUpStandIn.ApiError(400, "assignee must be user ids", "TIMEENTRY_005");
        }
      }
    }
    return standIn.stream(ctx, out -> writeEntries(out, w, from, to, users));
  }

  private void writeEntries(OutputStream out, int w, long from, long to, Set<Integer> users)
      throws IOException {
    try (JsonGenerator g = ClickUpJson.MAPPER.getFactory().createGenerator(out)) {
      g.writeStartObject();
      g.writeArrayFieldStart("data");
      List<IOException> failures = new ArrayList<>();
      world.timeEntries(
          w,
          from,
          to,
          users,
          e -> {
            try {
              g.writeTree(ClickUpJson.timeEntry(e, world.find(e.taskId())));
            } catch (IOException x) {
              failures.add(x);
            }
          });
      if (!failures.isEmpty()) {
        throw failures.get(0);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  private JsonNode spaces(Context ctx) {
    int w = workspace(ctx, "team_id");
    ObjectNode body = ClickUpJson.MAPPER.createObjectNode();
    ArrayNode spaces = body.putArray("spaces");
    if (flag(ctx, "archived")) {
      spaces.add(space(w, ClickUpWorld.ARCHIVED_SPACE, true));
    } else {
      for (int s = 0; s < ClickUpWorld.SPACES; s++) {
        spaces.add(space(w, s, false));
      }
    }
    return body;
  }

  private static ObjectNode space(int w, int s, boolean archived) {
    ObjectNode space =
        ClickUpJson.MAPPER
            .createObjectNode()
            .put("id", ClickUpWorld.spaceId(w, s))
            .put("name", ClickUpJson.spaceName(s));
    space
        .put("private", false)
        .put("color", "#7b68ee")
        .put("avatar", "")
        .put("admin_can_manage", true);
    space
        .putArray("statuses")
        .addObject()
        .put("id", "p" + ClickUpWorld.spaceId(w, s) + "_to_do")
        .put("status", "to do")
        .put("type", "open")
        .put("orderindex", 0)
        .put("color", "#87909e");
    space.put("multiple_assignees", true);
    ObjectNode features = space.putObject("features");
    for (String f :
        new String[] {"due_dates", "time_tracking", "tags", "time_estimates", "checklists"}) {
      features.putObject(f).put("enabled", true);
    }
    features
        .with("due_dates")
        .put("start_date", true)
        .put("remap_due_dates", false)
        .put("remap_closed_due_date", false);
    space.put("archived", archived);
    return space;
  }

  private int[] space(String spaceId) {
    for (int w = 0; w < world.workspaces(); w++) {
      for (int s = 0; s <= ClickUpWorld.ARCHIVED_SPACE; s++) {
        if (ClickUpWorld.spaceId(w, s).equals(spaceId)) {
          return new int[] {w, s};
        }
      }
    }
    throw new ClickUpStandIn.ApiError(404, "Space not found", "ITEM_019");
  }

  private JsonNode folders(Context ctx) {
    int[] ws = space(ctx.pathParam("space_id"));
    ObjectNode body = ClickUpJson.MAPPER.createObjectNode();
    ArrayNode folders = body.putArray("folders");
    if (ws[1] == ClickUpWorld.ARCHIVED_SPACE) {
      return body;
    }
    if (!flag(ctx, "archived")) {
      for (int f = 0; f < 2; f++) {
        folders.add(folder(ws[0], ws[1], f));
      }
    } else if (ws[1] == 0) {
      folders.add(folder(ws[0], 0, ClickUpWorld.ARCHIVED_FOLDER));
    }
    return body;
  }

  private static ObjectNode folder(int w, int s, int f) {
    ObjectNode folder =
        ClickUpJson.MAPPER
            .createObjectNode()
            .put("id", ClickUpWorld.folderId(w, s, f))
            .put("name", ClickUpJson.folderName(s, f));
    folder.put("orderindex", f).put("override_statuses", false).put("hidden", false);
    folder
        .putObject("space")
        .put("id", ClickUpWorld.spaceId(w, s))
        .put("name", ClickUpJson.spaceName(s))
        .put("access", true);
    folder.put("task_count", "0");
    folder.putArray("lists");
    return folder;
  }

  private JsonNode folderLists(Context ctx) {
    String folderId = ctx.pathParam("folder_id");
    boolean archived = flag(ctx, "archived");
    for (int w = 0; w < world.workspaces(); w++) {
      List<Integer> lists = new ArrayList<>();
      boolean found = false;
      for (int l = 0; l < ClickUpWorld.ALL_LISTS; l++) {
        int f = ClickUpWorld.folderOf(l);
        if (f >= 0 && ClickUpWorld.folderId(w, ClickUpWorld.spaceOf(l), f).equals(folderId)) {
          found = true;
          if ((l == ClickUpWorld.ARCHIVED_LIST) == archived) {
            lists.add(l);
          }
        }
      }
      if (found) {
        return lists(w, lists);
      }
    }
    throw new ClickUpStandIn.ApiError(404, "Folder not found", "ITEM_016");
  }

  private JsonNode folderlessLists(Context ctx) {
    int[] ws = space(ctx.pathParam("space_id"));
    boolean archived = flag(ctx, "archived");
    int l =
        ws[1] == ClickUpWorld.ARCHIVED_SPACE
            ? ClickUpWorld.ARCHIVED_SPACE_LIST
            : ws[1] * ClickUpWorld.LISTS_PER_SPACE + 4;
    return lists(ws[0], (l == ClickUpWorld.ARCHIVED_LIST) == archived ? List.of(l) : List.of());
  }

  private JsonNode lists(int w, List<Integer> lists) {
    ObjectNode body = ClickUpJson.MAPPER.createObjectNode();
    ArrayNode out = body.putArray("lists");
    for (int l : lists) {
      ObjectNode list =
          out.addObject().put("id", ClickUpWorld.listId(w, l)).put("name", ClickUpJson.listName(l));
      int k = l % ClickUpWorld.LISTS_PER_SPACE;
      list.put("orderindex", k).put("content", "").putNull("status").putNull("priority");
      list.putNull("assignee").put("task_count", 0).putNull("due_date").putNull("start_date");
      list.set("folder", ClickUpJson.folder(w, l));
      list.put("archived", l == ClickUpWorld.ARCHIVED_LIST)
          .put("override_statuses", false)
          .put("permission_level", "create");
      list.putObject("space")
          .put("id", ClickUpWorld.spaceId(w, ClickUpWorld.spaceOf(l)))
          .put("name", ClickUpJson.spaceName(ClickUpWorld.spaceOf(l)))
          .put("access", true);
    }
    return body;
  }

  private JsonNode createWebhook(Context ctx) {
    int w = workspace(ctx, "team_id");
    JsonNode req;
    try {
      req = ClickUpJson.MAPPER.readTree(ctx.body());
    } catch (IOException e) {
      throw new ClickUpStandIn.ApiError(400, "Body must be JSON", "INPUT_001");
    }
    if (req == null || !req.path("endpoint").isTextual() || !req.path("events").isArray()) {
      throw new ClickUpStandIn.ApiError(400, "endpoint and events are required", "INPUT_002");
    }
    List<String> events = new ArrayList<>();
    req.path("events").forEach(e -> events.add(e.asText()));
    ClickUpWebhooks.Hook hook =
        standIn.webhooks().register(w, URI.create(req.path("endpoint").asText()), events);
    ObjectNode body = ClickUpJson.MAPPER.createObjectNode().put("id", hook.id());
    body.set("webhook", ClickUpWebhooks.hookJson(hook, ClickUpWorld.userId(w, 0)));
    return body;
  }

  private JsonNode webhooks(Context ctx) {
    int w = workspace(ctx, "team_id");
    ObjectNode body = ClickUpJson.MAPPER.createObjectNode();
    ArrayNode hooks = body.putArray("webhooks");
    standIn
        .webhooks()
        .of(w)
        .forEach(h -> hooks.add(ClickUpWebhooks.hookJson(h, ClickUpWorld.userId(w, 0))));
    return body;
  }
}
