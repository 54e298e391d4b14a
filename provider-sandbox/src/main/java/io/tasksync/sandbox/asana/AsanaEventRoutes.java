package io.tasksync.sandbox.asana;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Events API ({@code /events}, sync tokens, 412) and webhook management ({@code /webhooks}).
 */
final class AsanaEventRoutes {

  private static final String SYNC_EXPIRED =
      "Sync token invalid or too old. If you are attempting to keep resources in sync, you must"
          + " fetch the full dataset for this query now and use the new sync token for the next"
          + " sync.";

  private final AsanaWorkspace ws;
  private final AsanaPaging paging;
  private final AsanaEvents events;
  private final AsanaWebhooks webhooks;
  private final AsanaResponder out;
  private final ObjectMapper json;

  AsanaEventRoutes(
      AsanaWorkspace ws,
      AsanaPaging paging,
      AsanaEvents events,
      AsanaWebhooks webhooks,
      AsanaResponder out,
      ObjectMapper json) {
    this.ws = ws;
    this.paging = paging;
    this.events = events;
    this.webhooks = webhooks;
    this.out = out;
    this.json = json;
  }

  void register(RoutesConfig routes) {
    String prefix = AsanaApiRoutes.PREFIX;
    routes.get(prefix + "/events", this::events);
    routes.post(prefix + "/webhooks", this::createWebhook);
    routes.get(prefix + "/webhooks", this::listWebhooks);
    routes.delete(prefix + "/webhooks/{gid}", this::deleteWebhook);
  }

  private static void requireWorkspace(String gid) {
    if (!AsanaWorkspace.WORKSPACE_GID.equals(gid)) {
      throw new AsanaError(
          gid == null ? 400 : 404,
          gid == null ? "workspace: Missing input" : "workspace: Unknown object: " + gid);
    }
  }

  private static String key(Context ctx, String... params) {
    StringBuilder sb = new StringBuilder(ctx.path());
    for (String p : params) {
      sb.append('|').append(p).append('=').append(ctx.queryParam(p));
    }
    return sb.toString();
  }

  private void events(Context ctx) {
    String resource = ctx.queryParam("resource");
    int p = resource == null ? -1 : ws.projectOf(resource);
    if (p < 0) {
      throw new AsanaError(
          resource == null ? 400 : 404,
          resource == null ? "resource: Missing input" : "resource: Unknown object: " + resource);
    }
    String sync = ctx.queryParam("sync");
    long seq = sync == null ? -1 : events.seqOf(sync);
    if (seq < 0) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("errors", List.of(Map.of("message", SYNC_EXPIRED)));
      body.put("sync", events.tokenAfter(events.lastSeq()));
      out.json(ctx, 412, body);
      return;
    }
    List<AsanaEvents.Event> page = events.after(seq, p, 101);
    boolean more = page.size() > 100;
    List<Object> data = new ArrayList<>();
    long last = seq;
    for (AsanaEvents.Event e : page.subList(0, Math.min(100, page.size()))) {
      data.add(e.json());
      last = e.seq();
    }
    if (!more) {
      last = Math.max(last, events.lastSeq());
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("data", data);
    body.put("sync", events.tokenAfter(last));
    body.put("has_more", more);
    out.json(ctx, 200, body);
  }

  private void createWebhook(Context ctx) throws IOException, InterruptedException {
    JsonNode data = json.readTree(ctx.bodyAsBytes()).path("data");
    String resource = data.path("resource").asText(null);
    String target = data.path("target").asText(null);
    if (resource == null || target == null) {
      throw new AsanaError(400, "data: resource and target are required");
    }
    int p = ws.projectOf(resource);
    if (p < 0) {
      throw new AsanaError(404, "resource: Unknown object: " + resource);
    }
    Optional<AsanaWebhooks.Hook> hook = webhooks.create(p, URI.create(target));
    if (hook.isEmpty()) {
      throw new AsanaError(
          400, "target: The remote server did not respond with the handshake secret.");
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("data", hookJson(hook.get()));
    body.put("X-Hook-Secret", hook.get().secret());
    out.json(ctx, 201, body);
  }

  private void listWebhooks(Context ctx) {
    requireWorkspace(ctx.queryParam("workspace"));
    List<AsanaWebhooks.Hook> hooks = webhooks.all();
    int limit = AsanaPaging.limit(ctx.queryParam("limit"));
    String key = key(ctx, "workspace", "resource");
    long start = paging.start(ctx.queryParam("offset"), key);
    String resource = ctx.queryParam("resource");
    out.json(
        ctx,
        200,
        paging.page(
            "/webhooks",
            key,
            start,
            hooks.size(),
            limit,
            k -> {
              AsanaWebhooks.Hook h = hooks.get((int) k);
              return resource == null || resource.equals(AsanaWorkspace.projectGid(h.project()))
                  ? hookJson(h)
                  : null;
            }));
  }

  private void deleteWebhook(Context ctx) {
    if (!webhooks.delete(ctx.pathParam("gid"))) {
      throw new AsanaError(404, "webhook: Unknown object: " + ctx.pathParam("gid"));
    }
    out.data(ctx, Map.of());
  }

  private static Map<String, Object> hookJson(AsanaWebhooks.Hook h) {
    Map<String, Object> m = AsanaRenderer.compact(h.gid(), "webhook", null);
    m.put("active", true);
    m.put(
        "resource",
        AsanaRenderer.compact(
            AsanaWorkspace.projectGid(h.project()), "project", "Project " + h.project()));
    m.put("target", h.target().toString());
    return m;
  }
}
