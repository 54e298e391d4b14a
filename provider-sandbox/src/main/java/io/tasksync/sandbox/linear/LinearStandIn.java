package io.tasksync.sandbox.linear;

import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.GraphQL;
import io.javalin.Javalin;
import io.tasksync.sandbox.StandIn;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * A local stand-in for Linear: the OAuth consent page, token and revoke endpoints at Linear's
 * paths, {@code POST /graphql} executing against the stand-in's own schema (the part of Linear's
 * API it serves, in Linear's published shapes) over a seeded, lazily generated workspace, per-token
 * request and complexity budgets, signed webhooks, and fault injection.
 *
 * <p>Both of Linear's hosts ({@code linear.app} for consent, {@code api.linear.app} for the rest)
 * are served under {@link #baseUrl()}: use it as both the auth and the API base URL.
 */
public final class LinearStandIn implements StandIn {

  /** Tokens issued by the stand-in. */
  public record Tokens(String accessToken, String refreshToken, long expiresInSeconds) {
    @Override
    public String toString() {
      return "Tokens[<redacted>, expiresInSeconds=" + expiresInSeconds + "]";
    }
  }

  private final Javalin server;
  private final LinearWorkspace workspace;
  private final LinearGrants grants;
  private final LinearFaults faults = new LinearFaults();
  private final LinearGraphQlRoute graphQl;
  private final LinearWebhookSender webhooks;

  private LinearStandIn(LinearStandInConfig config, Clock clock) {
    ObjectMapper json = new ObjectMapper();
    this.workspace = new LinearWorkspace(config.seed(), config.issueCount(), clock);
    this.grants = new LinearGrants(clock, config.accessTokenLifetime());
    GraphQL engine = GraphQL.newGraphQL(LinearSchema.executable()).build();
    this.graphQl = new LinearGraphQlRoute(config, grants, faults, engine, workspace, json, clock);
    this.webhooks =
        new LinearWebhookSender(
            config.webhookUrl(), config.webhookSecret(), organizationId(), clock, json);
    LinearOAuthRoutes oauth = new LinearOAuthRoutes(config, grants, faults, json);
    this.server =
        Javalin.create(
            c -> {
              c.jetty.host = "127.0.0.1";
              c.jetty.port = config.port();
              c.startup.showJavalinBanner = false;
              c.startup.startupWatcherEnabled = false;
              c.routes.get("/oauth/authorize", oauth::consentPage);
              c.routes.post("/oauth/authorize", oauth::decide);
              c.routes.post("/oauth/token", oauth::token);
              c.routes.post("/oauth/revoke", oauth::revoke);
              c.routes.post("/graphql", graphQl::handle);
            });
  }

  /** Starts a stand-in; {@code config.port()} 0 picks a free port. */
  public static LinearStandIn start(LinearStandInConfig config) {
    LinearStandIn standIn = new LinearStandIn(config, Clock.systemUTC());
    standIn.server.start();
    return standIn;
  }

  @Override
  public String providerId() {
    return "linear";
  }

  @Override
  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.port());
  }

  @Override
  public void close() {
    server.stop();
  }

  /** The id of the workspace's organization (the payloads' {@code organizationId}). */
  public String organizationId() {
    return (String) workspace.generator().organization().get("id");
  }

  // Tokens

  /** Issues a token pair directly, as if a user had approved the consent page. */
  public Tokens issueToken() {
    LinearGrants.Tokens t = grants.issueDirectly("read");
    return new Tokens(t.accessToken(), t.refreshToken(), t.expiresIn());
  }

  /** Revokes the grant of an access or refresh token. */
  public void revoke(String token) {
    grants.revoke(token);
  }

  /** Expires every access token issued so far; refresh tokens still work. */
  public void expireAccessTokens() {
    grants.expireAccessTokens();
  }

  /**
   * Makes a reused (already rotated) refresh token revoke its whole grant, as OAuth servers with
   * refresh token reuse detection do (RFC 9700, section 4.14.2); off by default, where a reused
   * refresh token is only {@code invalid_grant}.
   */
  public void revokeGrantOnRefreshTokenReuse(boolean on) {
    grants.revokeGrantOnReuse(on);
  }

  /** Whether the API accepts an access token (issued, unexpired, its grant not revoked). */
  public boolean accepts(String accessToken) {
    return grants.grantOf(accessToken) != null;
  }

  /** Every access and refresh token issued so far, rotated, expired and revoked ones included. */
  public java.util.List<String> issuedTokens() {
    return grants.issued();
  }

  /** Whether a refresh token has been used (and so rotated away). */
  public boolean refreshTokenWasUsed(String refreshToken) {
    return grants.wasUsed(refreshToken);
  }

  // Issues

  /** How many issues exist, archived and trashed included. */
  public int issueCount() {
    return workspace.size();
  }

  /** The id of the {@code index}-th issue (0 = oldest). */
  public String issueId(int index) {
    return workspace.generator().issueId(index);
  }

  /** Whether issue {@code index} is archived or trashed (hidden unless includeArchived). */
  public boolean isArchived(int index) {
    return workspace.isArchived(index);
  }

  public String createIssue(String title) {
    Map<String, Object> issue = workspace.create(title);
    webhooks.send("create", issue);
    return (String) issue.get("id");
  }

  public void renameIssue(String id, String title) {
    Map<String, Object> before = workspace.issue(id);
    webhooks.send("update", workspace.update(id, Map.of("title", title)), before);
  }

  /** Moves the issue to its team's {@code completed} state. */
  public void completeIssue(String id) {
    Map<String, Object> before = workspace.issue(id);
    webhooks.send("update", workspace.moveToState(id, "completed"), before);
  }

  /** Deletes the issue as Linear does: it is trashed (archived, {@code trashed: true}). */
  public void deleteIssue(String id) {
    webhooks.send("remove", workspace.trash(id));
  }

  // Faults and counters

  /** The next {@code count} GraphQL requests fail with {@code status}. */
  public void failNext(int count, int status) {
    faults.fail(count, status);
  }

  public void delayNext(int count, Duration delay) {
    faults.delay(count, delay);
  }

  /** The next {@code count} GraphQL responses are cut in the middle. */
  public void truncateNext(int count) {
    faults.truncate(count);
  }

  /** The next {@code count} GraphQL requests find the token's budgets spent (RATELIMITED). */
  public void rateLimitStorm(int count) {
    faults.rateLimitStorm(count);
  }

  public void failTokenEndpointNext(int count, int status) {
    faults.failTokenEndpoint(count, status);
  }

  public long graphQlRequests() {
    return graphQl.requests.get();
  }

  public long complexityUsed() {
    return graphQl.complexityUsed.get();
  }

  public long rateLimitedResponses() {
    return graphQl.rateLimited.get();
  }

  public int webhookDeliveries() {
    return webhooks.delivered();
  }
}
