package io.tasksync.sandbox.asana;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.tasksync.sandbox.StandIn;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A local Asana: OAuth consent, token and revoke under {@code /-/}, the REST API under {@code
 * /api/1.0} (so the adapter's API base is {@code baseUrl() + "/api/1.0"}), a lazily generated
 * workspace, per-minute and concurrent-request limits per token, events, signed webhooks and fault
 * injection.
 */
public final class AsanaStandIn implements StandIn {

  /** A grant issued without the consent page. */
  public record Grant(String accessToken, String refreshToken) {}

  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(AsanaStandIn.class);

  private final AsanaStandInConfig config;
  private final Clock clock = Clock.systemUTC();
  private final ObjectMapper json = new ObjectMapper();
  private final AsanaWorkspace workspace;
  private final AsanaGrants grants;
  private final AsanaRateLimiter limiter;
  private final AsanaInFlight inFlight;
  private final AsanaFaults faults = new AsanaFaults();
  private final AsanaPaging paging;
  private final AsanaEvents events;
  private final AsanaWebhooks webhooks;
  private final AsanaMutations mutations;
  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong rateLimited = new AtomicLong();
  private final Javalin server;

  private AsanaStandIn(AsanaStandInConfig config) {
    this.config = config;
    this.workspace = new AsanaWorkspace(config.seed(), config.taskCount());
    this.grants = new AsanaGrants(config.tokenLifetime(), clock);
    this.limiter = new AsanaRateLimiter(config.requestsPerMinute(), clock);
    this.inFlight = new AsanaInFlight(config.concurrentRequests());
    this.paging = new AsanaPaging(clock, config.offsetLifetime());
    this.events = new AsanaEvents(clock);
    this.webhooks = new AsanaWebhooks(json, config.webhookTarget());
    this.mutations = new AsanaMutations(workspace, events, webhooks, clock);
    AsanaResponder out = new AsanaResponder(json, faults);
    AsanaApiRoutes api = new AsanaApiRoutes(workspace, paging, out);
    AsanaOAuthRoutes oauth = new AsanaOAuthRoutes(config, grants, json);
    this.server =
        Javalin.create(
            c -> {
              c.startup.showJavalinBanner = false;
              c.startup.startupWatcherEnabled = false;
              c.jetty.host = "127.0.0.1";
              c.jetty.port = config.port();
              c.routes.before(AsanaApiRoutes.PREFIX + "/*", this::guardApi);
              c.routes.after(AsanaApiRoutes.PREFIX + "/*", this::leave);
              c.routes.before("/-/oauth_token", this::guardToken);
              c.routes.exception(
                  AsanaError.class,
                  (e, ctx) -> {
                    leave(ctx);
                    out.error(ctx, e);
                  });
              c.routes.exception(
                  Exception.class,
                  (e, ctx) -> {
                    leave(ctx);
                    log.warn("the Asana stand-in failed on {} {}", ctx.method(), ctx.path(), e);
                    out.error(ctx, new AsanaError(500, "Server Error"));
                  });
              c.routes.error(
                  404,
                  ctx -> {
                    if (ctx.result() == null) {
                      out.error(ctx, new AsanaError(404, "No matching route for request"));
                    }
                  });
              api.register(c.routes);
              new AsanaEventRoutes(workspace, paging, events, webhooks, out, json)
                  .register(c.routes);
              oauth.register(c.routes);
            });
  }

  /** Starts a stand-in; port 0 in the config picks a free port. */
  public static AsanaStandIn start(AsanaStandInConfig config) {
    AsanaStandIn standIn = new AsanaStandIn(config);
    standIn.server.start();
    return standIn;
  }

  @Override
  public String providerId() {
    return "asana";
  }

  @Override
  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.port());
  }

  /** The REST API base, {@code baseUrl()/api/1.0}. */
  public URI apiBaseUrl() {
    return URI.create(baseUrl() + AsanaApiRoutes.PREFIX);
  }

  public AsanaStandInConfig config() {
    return config;
  }

  private void guardApi(Context ctx) throws InterruptedException {
    requests.incrementAndGet();
    String auth = ctx.header("Authorization");
    String token = auth != null && auth.startsWith("Bearer ") ? auth.substring(7) : null;
    if (grants.accessValid(token)) {
      if (!inFlight.enter(token)) {
        rateLimited.incrementAndGet();
        throw new AsanaError(429, RATE_LIMITED, 1);
      }
      ctx.attribute(IN_FLIGHT, token);
    }
    commonFaults();
    if (AsanaFaults.take(faults.rateLimited)) {
      rateLimited.incrementAndGet();
      throw new AsanaError(429, RATE_LIMITED, faults.rateLimitedRetryAfter.get());
    }
    if (AsanaFaults.take(faults.forbidden)) {
      throw new AsanaError(403, "You do not have access to this resource.");
    }
    if (AsanaFaults.take(faults.notFound)) {
      throw new AsanaError(404, "Unknown object.");
    }
    if (ctx.attribute(IN_FLIGHT) == null) {
      throw new AsanaError(401, "Not Authorized");
    }
    long wait = limiter.acquire(token);
    if (wait > 0) {
      rateLimited.incrementAndGet();
      throw new AsanaError(429, RATE_LIMITED, wait);
    }
  }

  /** Counts the request out of its token's requests in flight (once, whichever stage ends it). */
  private void leave(Context ctx) {
    String token = ctx.attribute(IN_FLIGHT);
    if (token != null) {
      ctx.attribute(IN_FLIGHT, null);
      inFlight.exit(token);
    }
  }

  private void guardToken(Context ctx) throws InterruptedException {
    commonFaults();
  }

  private void commonFaults() throws InterruptedException {
    if (AsanaFaults.take(faults.delayed)) {
      Thread.sleep(faults.delay.get().toMillis());
    }
    if (AsanaFaults.take(faults.serverErrors)) {
      throw new AsanaError(faults.serverErrorStatus.get(), "Server Error");
    }
  }

  private static final String IN_FLIGHT = "asana.inFlightToken";

  private static final String RATE_LIMITED =
      "You've made too many requests and hit a rate limit. Please retry after the given amount of"
          + " time.";

  // ---- tokens ----

  /** Issues a grant directly, as if a user had approved the consent page. */
  public Grant issueGrant() {
    String refresh = grants.newGrant();
    return new Grant(grants.newAccessToken(refresh), refresh);
  }

  public void revoke(String refreshToken) {
    grants.revoke(refreshToken);
  }

  public void revokeAllGrants() {
    grants.revokeAll();
  }

  public void expireAccessTokens() {
    grants.expireAccessTokens();
  }

  /** Every refresh and access token this stand-in has issued, expired and revoked ones included. */
  public java.util.List<String> issuedTokens() {
    return grants.issued();
  }

  /** Makes every pagination offset issued so far expire. */
  public void expireOffsets() {
    paging.expireAll();
  }

  /** The next {@code count} requests that present a pagination offset get "offset expired". */
  public void expireNextOffsets(int count) {
    paging.expireNextUses(count);
  }

  /** Makes every Events API sync token issued so far expire (the next use gets 412). */
  public void expireSyncTokens() {
    events.expireTokens();
  }

  public void setRequestsPerMinute(int perMinute) {
    limiter.setPerMinute(perMinute);
  }

  /** Changes how many API requests of one token may be in flight at once. */
  public void setConcurrentRequests(int limit) {
    inFlight.setLimit(limit);
  }

  // ---- workspace ----

  public String workspaceGid() {
    return AsanaWorkspace.WORKSPACE_GID;
  }

  public String projectGid(int project) {
    return AsanaWorkspace.projectGid(project);
  }

  public int projectCount() {
    return workspace.projectCount();
  }

  /** The gid of generated task {@code index} (0-based). */
  public String taskGid(long index) {
    return AsanaWorkspace.taskGid(index);
  }

  /** How many generated tasks have subtasks (one subtask listing each, at the least). */
  public long tasksWithSubtasks() {
    long n = config.taskCount();
    long count = 0;
    for (long block = 0; block < n; block += AsanaWorkspace.BLOCK) {
      count += (block + 45 < n ? 1 : 0) + (block + 48 < n ? 1 : 0);
    }
    return count;
  }

  /**
   * Pages of 100 needed to list every user's assigned tasks, the only way Asana offers to reach the
   * tasks that are in no project.
   */
  public long perUserListingPages() {
    long[] assigned = new long[AsanaWorkspace.USERS];
    for (long i = 0; i < workspace.generatedSize(); i++) {
      AsanaTaskState t = workspace.task(i);
      if (!t.deleted() && t.assignee() != null) {
        assigned[t.assignee()]++;
      }
    }
    long pages = 0;
    for (long a : assigned) {
      pages += Math.max(1, (a + 99) / 100);
    }
    return pages;
  }

  /**
   * Pages of 100 needed to list every project's tasks ({@code GET /tasks?project=}): a task in
   * several projects is listed in each, and an empty project still costs one request.
   */
  public long projectListingPages() {
    long[] listed = new long[workspace.projectCount()];
    for (long i = 0; i < workspace.generatedSize(); i++) {
      AsanaTaskState t = workspace.task(i);
      if (!t.deleted()) {
        t.projects().forEach(p -> listed[p]++);
      }
    }
    for (long i : workspace.createdIndices()) {
      AsanaTaskState t = workspace.task(i);
      if (!t.deleted()) {
        t.projects().forEach(p -> listed[p]++);
      }
    }
    long pages = 0;
    for (long n : listed) {
      pages += Math.max(1, (n + 99) / 100);
    }
    return pages;
  }

  /** How many users the workspace has. */
  public int userCount() {
    return AsanaWorkspace.USERS;
  }

  /** How many tasks exist now (generated plus created, minus deleted). */
  public long liveTaskCount() {
    return mutations.liveCount();
  }

  public String createTask(String projectGid, String name) {
    return mutations.create(projectGid, null, name);
  }

  public String createSubtask(String parentGid, String name) {
    return mutations.create(null, parentGid, name);
  }

  public void updateTask(String gid, String newName) {
    mutations.rename(gid, newName);
  }

  public void completeTask(String gid) {
    mutations.complete(gid);
  }

  /** Deletes a task and its subtasks. */
  public void deleteTask(String gid) {
    mutations.delete(gid);
  }

  // ---- faults and counters ----

  public void failNext(int count, int status) {
    faults.serverErrorStatus.set(status);
    faults.serverErrors.set(count);
  }

  public void delayNext(int count, Duration delay) {
    faults.delay.set(delay);
    faults.delayed.set(count);
  }

  public void truncateNext(int count) {
    faults.truncated.set(count);
  }

  /**
   * From now on, task records leave out these top-level fields even when {@code opt_fields} asks
   * for them (as some real answers do, e.g. {@code memberships}).
   */
  public void omitTaskFields(String... fields) {
    workspace.omittedTaskFields().addAll(List.of(fields));
  }

  public void wrongShapeNext(int count) {
    faults.wrongShape.set(count);
  }

  public void forbidNext(int count) {
    faults.forbidden.set(count);
  }

  public void notFoundNext(int count) {
    faults.notFound.set(count);
  }

  /** The next {@code count} API requests get 429 with {@code Retry-After: retryAfterSeconds}. */
  public void rateLimitStorm(int count, long retryAfterSeconds) {
    faults.rateLimitedRetryAfter.set(retryAfterSeconds);
    faults.rateLimited.set(count);
  }

  /** API requests received (rejected ones included). */
  public long requestCount() {
    return requests.get();
  }

  /** API requests answered 429. */
  public long rateLimitedCount() {
    return rateLimited.get();
  }

  public long webhookDeliveries() {
    return webhooks.deliveredCount();
  }

  /** The X-Hook-Secret of each webhook created so far. */
  public java.util.List<String> webhookSecrets() {
    return webhooks.all().stream().map(AsanaWebhooks.Hook::secret).toList();
  }

  /** The target URL of each webhook created so far (one per project and registration). */
  public java.util.List<URI> webhookTargets() {
    return webhooks.all().stream().map(AsanaWebhooks.Hook::target).toList();
  }

  @Override
  public void close() {
    webhooks.close();
    server.stop();
  }
}
