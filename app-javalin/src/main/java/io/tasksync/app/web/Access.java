package io.tasksync.app.web;

import io.javalin.http.Context;
import io.tasksync.app.security.ApiKeys;
import io.tasksync.app.security.Sessions;
import io.tasksync.domain.OrganizationId;
import java.util.Optional;

/**
 * Who is calling: an API key ({@code Authorization: Bearer …} or {@code X-Api-Key}) or the page's
 * session cookie, each resolving to one organization.
 */
public final class Access {

  static final String COOKIE = "tasksync_session";
  private static final String ORG = "tasksync.organization";

  private final ApiKeys keys;
  private final Sessions sessions;
  private final boolean secureCookies;

  public Access(ApiKeys keys, Sessions sessions, boolean secureCookies) {
    this.keys = keys;
    this.sessions = sessions;
    this.secureCookies = secureCookies;
  }

  /** A before-handler: refuses calls without a valid key or session. */
  void authenticate(Context ctx) {
    OrganizationId org =
        resolve(ctx)
            .orElseThrow(
                () ->
                    new ApiException(
                        401,
                        "unauthorized",
                        "send an API key (Authorization: Bearer <key> or X-Api-Key) or sign in"));
    ctx.attribute(ORG, org);
  }

  /** The caller's organization, set by {@link #authenticate}. */
  static OrganizationId organization(Context ctx) {
    OrganizationId org = ctx.attribute(ORG);
    if (org == null) {
      throw new ApiException(401, "unauthorized", "not signed in");
    }
    return org;
  }

  Optional<OrganizationId> resolve(Context ctx) {
    String auth = ctx.header("Authorization");
    if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return keys.organizationOf(auth.substring(7));
    }
    String key = ctx.header("X-Api-Key");
    if (key != null) {
      return keys.organizationOf(key);
    }
    return sessions.organizationOf(ctx.cookie(COOKIE));
  }

  Optional<OrganizationId> signIn(Context ctx, String apiKey) {
    Optional<OrganizationId> org = keys.organizationOf(apiKey);
    org.ifPresent(o -> setCookie(ctx, sessions.open(o), sessions.lifetime().toSeconds()));
    return org;
  }

  void signOut(Context ctx) {
    sessions.close(ctx.cookie(COOKIE));
    setCookie(ctx, "", 0);
  }

  private void setCookie(Context ctx, String value, long maxAgeSeconds) {
    ctx.header(
        "Set-Cookie",
        COOKIE
            + "="
            + value
            + "; Path=/; Max-Age="
            + maxAgeSeconds
            + "; HttpOnly; SameSite=Strict"
            + (secureCookies ? "; Secure" : ""));
  }
}
