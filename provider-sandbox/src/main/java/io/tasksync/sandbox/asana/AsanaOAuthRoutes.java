package io.tasksync.sandbox.asana;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code /-/oauth_authorize} (consent page), {@code /-/oauth_token} and {@code /-/oauth_revoke}.
 */
final class AsanaOAuthRoutes {

  private final AsanaStandInConfig config;
  private final AsanaGrants grants;
  private final ObjectMapper json;

  AsanaOAuthRoutes(AsanaStandInConfig config, AsanaGrants grants, ObjectMapper json) {
    this.config = config;
    this.grants = grants;
    this.json = json;
  }

  void register(RoutesConfig routes) {
    routes.get("/-/oauth_authorize", this::consentPage);
    routes.post("/-/oauth_authorize", this::decision);
    routes.post("/-/oauth_token", this::token);
    routes.post("/-/oauth_revoke", this::revoke);
  }

  private void consentPage(Context ctx) {
    String clientId = ctx.queryParam("client_id");
    String redirectUri = ctx.queryParam("redirect_uri");
    if (!config.clientId().equals(clientId)
        || redirectUri == null
        || !"code".equals(ctx.queryParam("response_type"))) {
      ctx.status(400)
          .html(
              "<!doctype html><title>Asana</title><p>Invalid client_id,"
                  + " redirect_uri or response_type.</p>");
      return;
    }
    String method = ctx.queryParam("code_challenge_method");
    if (ctx.queryParam("code_challenge") != null && !"S256".equals(method)) {
      ctx.status(400)
          .html(
              "<!doctype html><title>Asana</title><p>code_challenge_method must be" + " S256.</p>");
      return;
    }
    String scope = ctx.queryParam("scope") == null ? "default" : ctx.queryParam("scope");
    StringBuilder hidden = new StringBuilder();
    for (String name : new String[] {"redirect_uri", "state", "code_challenge"}) {
      String v = ctx.queryParam(name);
      if (v != null) {
        hidden
            .append("<input type=\"hidden\" name=\"")
            .append(name)
            .append("\" value=\"")
            .append(escape(v))
            .append("\">");
      }
    }
    ctx.html(
        "<!doctype html><html><head><meta charset=\"utf-8\"><title>Asana: authorize "
            + escape(clientId)
            + "</title></head><body><main><h1>Asana (sandbox)</h1><p>The app <strong>"
            + escape(clientId)
            + "</strong> asks to access your Asana account with the scopes <code>"
            + escape(scope)
            + "</code>.</p><form method=\"post\" action=\"/-/oauth_authorize\">"
            + hidden
            + "<button id=\"approve\" name=\"decision\" value=\"approve\">Allow</button> "
            + "<button id=\"deny\" name=\"decision\" value=\"deny\">Deny</button></form></main>"
            + "</body></html>");
  }

  private void decision(Context ctx) {
    String redirectUri = ctx.formParam("redirect_uri");
    String state = ctx.formParam("state");
    if (redirectUri == null) {
      ctx.status(400).html("<p>Missing redirect_uri.</p>");
      return;
    }
    String sep = redirectUri.contains("?") ? "&" : "?";
    String stateParam = state == null ? "" : "&state=" + enc(state);
    if ("approve".equals(ctx.formParam("decision"))) {
      String code = grants.newCode(redirectUri, ctx.formParam("code_challenge"));
      ctx.redirect(redirectUri + sep + "code=" + enc(code) + stateParam);
    } else {
      ctx.redirect(redirectUri + sep + "error=access_denied" + stateParam);
    }
  }

  private void token(Context ctx) {
    if (!config.clientId().equals(ctx.formParam("client_id"))
        || !config.clientSecret().equals(ctx.formParam("client_secret"))) {
      oauthError(ctx, 401, "invalid_client", "The client id or secret is not valid.");
      return;
    }
    String grantType = ctx.formParam("grant_type");
    if ("authorization_code".equals(grantType)) {
      AsanaGrants.Code code = grants.takeCode(ctx.formParam("code"));
      if (code == null || !code.redirectUri().equals(ctx.formParam("redirect_uri"))) {
        oauthError(ctx, 400, "invalid_grant", "The code is invalid, used or expired.");
        return;
      }
      String verifier = ctx.formParam("code_verifier");
      if (code.challenge() != null
          && (verifier == null || !AsanaGrants.s256(verifier).equals(code.challenge()))) {
        oauthError(ctx, 400, "invalid_grant", "The code_verifier does not match the challenge.");
        return;
      }
      String refresh = grants.newGrant();
      tokenResponse(ctx, grants.newAccessToken(refresh), refresh);
    } else if ("refresh_token".equals(grantType)) {
      String refresh = ctx.formParam("refresh_token");
      if (!grants.grantActive(refresh)) {
        oauthError(ctx, 400, "invalid_grant", "The refresh token is invalid or was revoked.");
        return;
      }
      tokenResponse(ctx, grants.newAccessToken(refresh), null);
    } else {
      oauthError(
          ctx, 400, "unsupported_grant_type", "grant_type " + grantType + " is not supported.");
    }
  }

  private void tokenResponse(Context ctx, String access, String refresh) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("access_token", access);
    body.put("token_type", "bearer");
    body.put("expires_in", grants.lifetime().toSeconds());
    if (refresh != null) {
      body.put("refresh_token", refresh);
    }
    Map<String, Object> user = new LinkedHashMap<>(AsanaRenderer.user(0));
    user.put("id", Long.parseLong(AsanaWorkspace.userGid(0)));
    body.put("data", user);
    write(ctx, 200, body);
  }

  private void revoke(Context ctx) {
    if (!config.clientId().equals(ctx.formParam("client_id"))
        || !config.clientSecret().equals(ctx.formParam("client_secret"))) {
      oauthError(ctx, 401, "invalid_client", "The client id or secret is not valid.");
      return;
    }
    String token = ctx.formParam("token");
    if (grants.isAccessToken(token)) {
      oauthError(ctx, 400, "invalid_request", "Send the refresh token, not a bearer token.");
      return;
    }
    grants.revoke(token);
    ctx.status(200);
  }

  private void oauthError(Context ctx, int status, String error, String description) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", error);
    body.put("error_description", description);
    write(ctx, status, body);
  }

  private void write(Context ctx, int status, Object body) {
    try {
      ctx.status(status).contentType("application/json").result(json.writeValueAsBytes(body));
    } catch (JsonProcessingException e) {
      ctx.status(500);
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
