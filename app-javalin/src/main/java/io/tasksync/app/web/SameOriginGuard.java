package io.tasksync.app.web;

import io.javalin.http.Context;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * The cross-site request forgery defence of the state-changing routes, on top of the session
 * cookie's {@code SameSite=Strict}. A request that does not authenticate with an API key header (so
 * a browser's, with or without the cookie) must come from the app's own origin, by {@code
 * Sec-Fetch-Site} and {@code Origin} (which browsers send on every cross-origin POST). Any body,
 * from anyone, must be declared {@code Content-Type: application/json}, which no cross-origin page
 * can send without a CORS preflight this app never grants; a request without a body (a sync, a
 * sign-out) needs no content type. API-key clients are not subject to the origin check.
 */
final class SameOriginGuard {

  private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");
  private static final Set<String> SAME_SITE_FETCH = Set.of("same-origin", "none");

  private final String publicOrigin;

  SameOriginGuard(URI publicBaseUrl) {
    this.publicOrigin = origin(publicBaseUrl);
  }

  /** A before-handler for the routes a signed-in page can call. */
  void check(Context ctx) {
    if (!STATE_CHANGING.contains(ctx.method().name())) {
      return;
    }
    if (!Access.presentsApiKey(ctx)) {
      checkOrigin(ctx);
    }
    if (ctx.bodyAsBytes().length > 0 && !isJson(ctx.header("Content-Type"))) {
      throw new ApiException(
          415, "unsupported_media_type", "send the request body as Content-Type: application/json");
    }
  }

  private void checkOrigin(Context ctx) {
    String fetchSite = ctx.header("Sec-Fetch-Site");
    if (fetchSite != null && !SAME_SITE_FETCH.contains(fetchSite.toLowerCase(Locale.ROOT))) {
      throw crossOrigin();
    }
    String origin = ctx.header("Origin");
    if (origin != null && !origin.equalsIgnoreCase(publicOrigin) && !sameHost(origin, ctx)) {
      throw crossOrigin();
    }
  }

  /** Whether {@code origin} names the host the request was sent to (the app behind any proxy). */
  private static boolean sameHost(String origin, Context ctx) {
    String host = ctx.header("Host");
    if (host == null) {
      return false;
    }
    try {
      URI uri = URI.create(origin);
      return uri.getRawAuthority() != null
          && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          && uri.getRawAuthority().equalsIgnoreCase(host);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static boolean isJson(String contentType) {
    if (contentType == null) {
      return false;
    }
    int semicolon = contentType.indexOf(';');
    String type = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
    return type.trim().equalsIgnoreCase("application/json");
  }

  private static ApiException crossOrigin() {
    return new ApiException(
        403,
        "cross_origin",
        "this request came from another site; use the app's own page or an API key");
  }

  private static String origin(URI uri) {
    return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
  }
}
