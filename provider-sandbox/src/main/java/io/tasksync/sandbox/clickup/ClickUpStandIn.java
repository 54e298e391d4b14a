package io.tasksync.sandbox.clickup;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.tasksync.sandbox.StandIn;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A local ClickUp: OAuth consent and token endpoint, the API v2 endpoints tasksync uses under
 * {@code <baseUrl>/api/v2}, per-token rate limits, signed webhooks and fault injection. The
 * authorize page is {@code <baseUrl>/api}, as on app.clickup.com, so the base URL serves as both
 * hosts.
 */
public final class ClickUpStandIn implements StandIn {

  private final ClickUpStandInConfig config;
  private final ClickUpWorld world;
  private final ClickUpAccess access = new ClickUpAccess();
  private final ClickUpRateLimit rateLimit;
  private final ClickUpFaults faults = new ClickUpFaults();
  private final ClickUpWebhooks webhooks = new ClickUpWebhooks();
  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong rateLimited = new AtomicLong();
  private final Map<String, AtomicLong> perEndpoint = new ConcurrentHashMap<>();
  private final Javalin app;

  private ClickUpStandIn(ClickUpStandInConfig config) {
    this.config = config;
    this.world = new ClickUpWorld(config);
    this.rateLimit =
        new ClickUpRateLimit(config.rateLimitPerMinute(), config.rateLimitWindow().toMillis());
    ClickUpApiRoutes api = new ClickUpApiRoutes(this, world);
    ClickUpOAuthRoutes oauth = new ClickUpOAuthRoutes(config, access);
    this.app =
        Javalin.create(
            c -> {
              c.startup.showJavalinBanner = false;
              c.startup.startupWatcherEnabled = false;
              c.jetty.host = "127.0.0.1";
              oauth.register(c.routes);
              api.register(c.routes);
            });
  }

  /** Starts a stand-in on the configured port (0: any free port). */
  public static ClickUpStandIn start(ClickUpStandInConfig config) {
    ClickUpStandIn standIn = new ClickUpStandIn(config);
    standIn.app.start("127.0.0.1", config.port());
    if (config.webhookTarget() != null) {
      for (int w = 0; w < config.workspaces(); w++) {
        standIn.webhooks.register(w, config.webhookTarget(), java.util.List.of("*"));
      }
    }
    return standIn;
  }

  @Override
  public String providerId() {
    return "clickup";
  }

  @Override
  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + app.port());
  }

  @Override
  public void close() {
    app.stop();
  }

  // ---- test API: identities ----

  /** The id of space {@code space} (0-2 active, 3 archived) of a workspace. */
  public String spaceId(int workspace, int space) {
    return ClickUpWorld.spaceId(workspace, space);
  }

  public String teamId(int workspace) {
    return ClickUpWorld.teamId(workspace);
  }

  public int userId(int workspace, int member) {
    return ClickUpWorld.userId(workspace, member);
  }

  public String generatedTaskId(int workspace, int index) {
    return ClickUpWorld.generatedId(workspace, index);
  }

  /** A token for the workspaces' owner, as if the consent page had been approved. */
  public String issueToken() {
    return access.issueToken();
  }

  /** Every token this stand-in has issued, revoked ones included. */
  public java.util.List<String> issuedTokens() {
    return access.issued();
  }

  /** The user removed the app: the token answers 401 OAUTH_025 from now on. */
  public void revokeToken(String token) {
    access.revoke(token, ClickUpAccess.Refusal.REVOKED);
  }

  /** ClickUp tokens never expire; the closest thing is a deactivated user (401 OAUTH_077). */
  public void expireToken(String token) {
    access.revoke(token, ClickUpAccess.Refusal.DEACTIVATED);
  }

  // ---- test API: changes (updated time = now) ----

  public String createTask(int workspace, String name) {
    StandInTask t = world.create(workspace, name, null, now());
    webhooks.deliver(workspace, "taskCreated", t.id(), "status", now());
    return t.id();
  }

  /**
   * A task in a list of space 0's archived folder: left out of the workspace-wide listing, found
   * through {@code GET /space/{id}/folder?archived=true}.
   */
  public String createTaskInArchivedFolder(int workspace, String name) {
    return createIn(workspace, name, ClickUpWorld.ARCHIVED_FOLDER_LIST);
  }

  /**
   * A task in the folderless list of the workspace's archived space: left out of the workspace-wide
   * listing, found through {@code GET /team/{id}/space?archived=true}.
   */
  public String createTaskInArchivedSpace(int workspace, String name) {
    return createIn(workspace, name, ClickUpWorld.ARCHIVED_SPACE_LIST);
  }

  /** An archived task in an active list: only {@code archived=true} listings return it. */
  public String createArchivedTask(int workspace, String name) {
    return createIn(workspace, name, 0, true);
  }

  /**
   * An active task in the workspace's archived list: the workspace-wide listing never returns it,
   * and the list's own listing only with {@code archived=false}.
   */
  public String createTaskInArchivedList(int workspace, String name) {
    return createIn(workspace, name, ClickUpWorld.ARCHIVED_LIST, false);
  }

  private String createIn(int workspace, String name, int list) {
    return createIn(workspace, name, list, false);
  }

  private String createIn(int workspace, String name, int list, boolean archived) {
    StandInTask t = world.create(workspace, name, null, list, archived, now());
    webhooks.deliver(workspace, "taskCreated", t.id(), "status", now());
    return t.id();
  }

  public String createSubtask(int workspace, String parentId, String name) {
    StandInTask t = world.create(workspace, name, parentId, now());
    webhooks.deliver(workspace, "taskCreated", t.id(), "status", now());
    return t.id();
  }

  public void updateTask(String id, String newName) {
    StandInTask t = world.put(existing(id).renamed(newName, now()));
    webhooks.deliver(t.workspace(), "taskUpdated", id, "name", now());
  }

  public void completeTask(String id) {
    StandInTask t = world.put(existing(id).completed(now()));
    webhooks.deliver(t.workspace(), "taskStatusUpdated", id, "status", now());
  }

  public void deleteTask(String id) {
    StandInTask t = existing(id);
    world.delete(id);
    webhooks.deliver(t.workspace(), "taskDeleted", id, null, now());
  }

  public void addTimeEntry(String taskId, int userId, Instant start, Duration duration) {
    world.addTimeEntry(taskId, userId, start.toEpochMilli(), duration.toMillis());
  }

  private StandInTask existing(String id) {
    StandInTask t = world.find(id);
    if (t == null) {
      throw new IllegalArgumentException("no task " + id + " in the stand-in");
    }
    return t;
  }

  // ---- test API: faults and counters ----

  /** The next {@code count} API requests answer {@code status} (500, 502, 503...). */
  public void failNext(int count, int status) {
    faults.set(ClickUpFaults.Kind.SERVER_ERROR, count, status, Duration.ZERO);
  }

  /** After {@code pass} more API requests succeed, the next {@code count} answer {@code status}. */
  public void failAfter(int pass, int count, int status) {
    faults.set(ClickUpFaults.Kind.SERVER_ERROR, pass, count, status, Duration.ZERO);
  }

  public void delayNext(int count, Duration delay) {
    faults.set(ClickUpFaults.Kind.DELAY, count, 200, delay);
  }

  /** The next {@code count} API answers stop halfway through their JSON. */
  public void truncateNext(int count) {
    faults.set(ClickUpFaults.Kind.TRUNCATED, count, 200, Duration.ZERO);
  }

  /** The next {@code count} API answers are well-formed JSON of the wrong shape. */
  public void wrongShapeNext(int count) {
    faults.set(ClickUpFaults.Kind.WRONG_SHAPE, count, 200, Duration.ZERO);
  }

  /** The next {@code count} API requests get 429 APP_002, resetting {@code resetIn} from now. */
  public void rateLimitStorm(int count, Duration resetIn) {
    faults.set(ClickUpFaults.Kind.RATE_LIMIT_STORM, count, 429, resetIn);
  }

  /** API requests served (OAuth pages excluded), including refused ones. */
  public long requestCount() {
    return requests.get();
  }

  /** Requests answered 429 (rate limit reached), storms included. */
  public long rateLimitedCount() {
    return rateLimited.get();
  }

  /** Requests to one endpoint, named like {@code "GET /team/{team_Id}/task"}. */
  public long requestCount(String endpoint) {
    AtomicLong n = perEndpoint.get(endpoint);
    return n == null ? 0 : n.get();
  }

  /** The secret of the first webhook of a workspace (the one made for the configured target). */
  public java.util.Optional<String> webhookSecret(int workspace) {
    return webhooks.of(workspace).stream().map(ClickUpWebhooks.Hook::secret).findFirst();
  }

  /** The id of the first webhook of a workspace, which its deliveries name as webhook_id. */
  public java.util.Optional<String> webhookId(int workspace) {
    return webhooks.of(workspace).stream().map(ClickUpWebhooks.Hook::id).findFirst();
  }

  /** The secrets of every webhook the stand-in holds, in every workspace. */
  public java.util.List<String> webhookSecrets() {
    java.util.List<String> all = new java.util.ArrayList<>();
    for (int w = 0; w < config.workspaces(); w++) {
      webhooks.of(w).forEach(h -> all.add(h.secret()));
    }
    return all;
  }

  public int webhooksDelivered() {
    return webhooks.delivered();
  }

  /** Events given up after five failed tries (ClickUp does not resend them). */
  public int webhooksDropped() {
    return webhooks.dropped();
  }

  long now() {
    return System.currentTimeMillis();
  }

  ClickUpWebhooks webhooks() {
    return webhooks;
  }

  // ---- request plumbing ----

  /** An API answer that is an error in ClickUp's shape {@code {"err", "ECODE"}}. */
  static final class ApiError extends IllegalStateException {
    private static final long serialVersionUID = 1L;
    final int status;
    final String ecode;

    ApiError(int status, String message, String ecode) {
      super(message);
      this.status = status;
      this.ecode = ecode;
    }
  }

  /** Produces a JSON answer, or null when it streamed its own. */
  @FunctionalInterface
  interface ApiHandler {
    JsonNode handle(Context ctx) throws IOException;
  }

  /** Writes a streamed JSON answer. */
  @FunctionalInterface
  interface BodyWriter {
    void write(OutputStream out) throws IOException;
  }

  Handler api(String endpoint, ApiHandler handler) {
    return ctx -> {
      requests.incrementAndGet();
      perEndpoint.computeIfAbsent(endpoint, k -> new AtomicLong()).incrementAndGet();
      ctx.contentType("application/json");
      String header = ctx.header("Authorization");
      ClickUpAccess.Refusal refusal = access.check(header);
      if (refusal != null) {
        error(ctx, 401, refusal.message, refusal.ecode);
        return;
      }
      long[] rl = rateLimit.take(ClickUpAccess.tokenOf(header), now());
      ClickUpFaults.Taken fault = faults.take();
      if (fault.kind() == ClickUpFaults.Kind.RATE_LIMIT_STORM) {
        rl = new long[] {rl[0], 0, (now() + fault.delay().toMillis() + 999) / 1000, 0};
      }
      ctx.header("X-RateLimit-Limit", String.valueOf(rl[0]));
      ctx.header("X-RateLimit-Remaining", String.valueOf(rl[1]));
      ctx.header("X-RateLimit-Reset", String.valueOf(rl[2]));
      if (rl[3] == 0) {
        rateLimited.incrementAndGet();
        error(ctx, 429, "Rate limit reached", "APP_002");
        return;
      }
      switch (fault.kind()) {
        case SERVER_ERROR:
          error(ctx, fault.status(), "Internal Server Error", "APP_001");
          return;
        case WRONG_SHAPE:
          ctx.result("{\"data\":{\"unexpected\":true}}");
          return;
        case DELAY:
          pause(fault.delay());
          break;
        default:
          break;
      }
      ctx.attribute("fault", fault.kind());
      try {
        JsonNode body = handler.handle(ctx);
        if (body != null) {
          byte[] bytes = ClickUpJson.MAPPER.writeValueAsBytes(body);
          ctx.result(fault.kind() == ClickUpFaults.Kind.TRUNCATED ? half(bytes) : bytes);
        }
      } catch (ApiError e) {
        error(ctx, e.status, e.getMessage(), e.ecode);
      }
    };
  }

  /** Streams a large answer straight to the client unless a truncation fault wants it cut. */
  JsonNode stream(Context ctx, BodyWriter writer) throws IOException {
    if (ctx.attribute("fault") == ClickUpFaults.Kind.TRUNCATED) {
      ByteArrayOutputStream buffer = new ByteArrayOutputStream();
      writer.write(buffer);
      ctx.result(half(buffer.toByteArray()));
    } else {
      writer.write(ctx.outputStream());
    }
    return null;
  }

  private static byte[] half(byte[] bytes) {
    return java.util.Arrays.copyOf(bytes, bytes.length / 2);
  }

  private static void error(Context ctx, int status, String message, String ecode) {
    ctx.status(status).contentType("application/json");
    ctx.result(ClickUpJson.error(message, ecode).toString().getBytes(StandardCharsets.UTF_8));
  }

  private static void pause(Duration delay) {
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
