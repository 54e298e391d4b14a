package io.tasksync.app.web;

import io.javalin.http.Context;
import io.tasksync.app.security.ApiKeys;
import io.tasksync.app.security.AuthThrottle;
import io.tasksync.app.security.Sessions;
import io.tasksync.domain.OrganizationId;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * Who is calling: an API key ({@code Authorization: Bearer …} or {@code X-Api-Key}) or the page's
 * session cookie, each resolving to one organization. Wrong keys are throttled per client.
 */
public final class Access {

  static final String COOKIE = "tasksync_session";
  static final String BINDING_COOKIE = "tasksync_oauth";
  private static final String ORG = "tasksync.organization";
  private static final Duration BINDING_LIFETIME = Duration.ofMinutes(10);

  private final ApiKeys keys;
  private final Sessions sessions;
  private final AuthThrottle throttle;
  private final boolean secureCookies;
  private final SecureRandom random = new SecureRandom();

  public Access(ApiKeys keys, Sessions sessions, AuthThrottle throttle, boolean secureCookies) {
    this.keys = keys;
    this.sessions = sessions;
    this.throttle = throttle;
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

  /** Whether the request authenticates with an API key header rather than a cookie. */
  static boolean presentsApiKey(Context ctx) {
    return apiKey(ctx) != null;
  }

  Optional<OrganizationId> resolve(Context ctx) {
    String key = apiKey(ctx);
    if (key != null) {
      return checked(ctx, key, "a wrong API key");
    }
    return sessions.organizationOf(ctx.cookie(COOKIE));
  }

  Optional<OrganizationId> signIn(Context ctx, String apiKey) {
    Optional<OrganizationId> org = checked(ctx, apiKey, "a wrong API key at sign-in");
    org.ifPresent(o -> setCookie(ctx, sessions.open(o), sessions.lifetime().toSeconds()));
    return org;
  }

  void signOut(Context ctx) {
    sessions.close(ctx.cookie(COOKIE));
    setCookie(ctx, "", 0);
  }

  /**
   * The browser's OAuth binding: the value of its binding cookie, set here when absent. The cookie
   * is {@code SameSite=Lax} because the provider sends the browser back with a cross-site
   * navigation, on which the {@code Strict} session cookie is not sent.
   */
  String browserBinding(Context ctx) {
    String binding = presentedBinding(ctx);
    if (binding == null) {
      byte[] bytes = new byte[32];
      random.nextBytes(bytes);
      binding = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
    ctx.res()
        .addHeader(
            "Set-Cookie",
            BINDING_COOKIE
                + "="
                + binding
                + "; Path=/oauth/; Max-Age="
                + BINDING_LIFETIME.toSeconds()
                + "; HttpOnly; SameSite=Lax"
                + (secureCookies ? "; Secure" : ""));
    return binding;
  }

  /** The binding cookie the browser sent, when it is one this app could have set. */
  static String presentedBinding(Context ctx) {
    String value = ctx.cookie(BINDING_COOKIE);
    return value != null && value.matches("[A-Za-z0-9_-]{43}") ? value : null;
  }

  private Optional<OrganizationId> checked(Context ctx, String key, String what) {
    String client = ctx.ip();
    throttle
        .blocked(client)
        .ifPresent(
            wait -> {
              ctx.header("Retry-After", Long.toString(Math.max(1, wait.toSeconds() + 1)));
              throw new ApiException(
                  429,
                  "too_many_attempts",
                  "too many failed authentications from this client; retry later");
            });
    Optional<OrganizationId> org = keys.organizationOf(key);
    if (org.isEmpty()) {
      String path = ctx.path().replaceAll("\\p{Cntrl}", "?");
      throttle.failed(
          client,
          what + " on " + ctx.method() + " " + path.substring(0, Math.min(100, path.length())));
    }
    return org;
  }

  private static String apiKey(Context ctx) {
    String auth = ctx.header("Authorization");
    if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return auth.substring(7);
    }
    return ctx.header("X-Api-Key");
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
