package io.tasksync.sandbox.clickup;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * ClickUp's OAuth: the consent page at {@code /api} (app host) where the user picks the workspaces,
 * and {@code POST /api/v2/oauth/token} taking client_id, client_secret and code as query parameters
 * and answering a non-expiring {@code access_token} with no refresh token.
 */
final class ClickUpOAuthRoutes {

  private final ClickUpStandInConfig config;
  private final ClickUpAccess access;

  ClickUpOAuthRoutes(ClickUpStandInConfig config, ClickUpAccess access) {
    this.config = config;
    this.access = access;
  }

  void register(RoutesConfig routes) {
    routes.get("/api", this::consent);
    routes.post("/api/oauth/decision", this::decision);
    routes.post("/api/v2/oauth/token", this::token);
  }

  private void consent(Context ctx) {
    String clientId = ctx.queryParam("client_id");
    String redirect = ctx.queryParam("redirect_uri");
    String state = ctx.queryParam("state");
    if (!config.clientId().equals(clientId)) {
      ctx.status(400).html(page("<p id=\"error\">Client not found (OAUTH_010).</p>"));
      return;
    }
    if (redirect == null || redirect.isBlank()) {
      ctx.status(400).html(page("<p id=\"error\">redirect_uri is missing (OAUTH_017).</p>"));
      return;
    }
    String hidden = hidden("redirect_uri", redirect) + hidden("state", state == null ? "" : state);
    ctx.html(
        page(
            "<h1>Authorize tasksync</h1><p>tasksync asks to read the tasks, lists and time entries"
                + " of the Workspaces you select.</p><p><label><input type=\"checkbox\" checked"
                + " disabled> Sandbox workspace 0</label></p>"
                + "<form method=\"post\" action=\"/api/oauth/decision\">"
                + hidden
                + hidden("decision", "approve")
                + "<button id=\"approve\" type=\"submit\">Connect Workspace</button></form>"
                + "<form method=\"post\" action=\"/api/oauth/decision\">"
                + hidden
                + hidden("decision", "deny")
                + "<button id=\"deny\" type=\"submit\">Cancel</button></form>"));
  }

  private void decision(Context ctx) {
    String redirect = ctx.formParam("redirect_uri");
    String state = ctx.formParam("state");
    if (redirect == null || redirect.isBlank()) {
      ctx.status(400).html(page("<p id=\"error\">redirect_uri is missing (OAUTH_017).</p>"));
      return;
    }
    String sep = redirect.contains("?") ? "&" : "?";
    String query =
        "approve".equals(ctx.formParam("decision"))
            ? "code=" + enc(access.issueCode())
            : "error=access_denied";
    ctx.redirect(
        redirect + sep + query + "&state=" + enc(state == null ? "" : state), HttpStatus.FOUND);
  }

  private void token(Context ctx) throws IOException {
    String clientId = param(ctx, "client_id");
    String secret = param(ctx, "client_secret");
    String code = param(ctx, "code");
    ctx.contentType("application/json");
    if (!config.clientId().equals(clientId) || !config.clientSecret().equals(secret)) {
      ctx.status(400).result(ClickUpJson.error("Client not found", "OAUTH_010").toString());
      return;
    }
    String token = code == null ? null : access.redeem(code);
    if (token == null) {
      ctx.status(400).result(ClickUpJson.error("Code not found", "OAUTH_014").toString());
      return;
    }
    ctx.result(ClickUpJson.MAPPER.createObjectNode().put("access_token", token).toString());
  }

  /** The OAS declares query parameters; a JSON or form body with the same fields works too. */
  private static String param(Context ctx, String name) throws IOException {
    String v = ctx.queryParam(name);
    if (v != null) {
      return v;
    }
    String type = ctx.contentType() == null ? "" : ctx.contentType();
    if (type.startsWith("application/json")) {
      JsonNode body = ClickUpJson.MAPPER.readTree(ctx.body());
      return body != null && body.hasNonNull(name) ? body.get(name).asText() : null;
    }
    return type.startsWith("application/x-www-form-urlencoded") ? ctx.formParam(name) : null;
  }

  private static String hidden(String name, String value) {
    return "<input type=\"hidden\" name=\"" + name + "\" value=\"" + escape(value) + "\">";
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("\"", "&quot;")
        .replace("<", "&lt;")
        .replace(">", "&gt;");
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String page(String body) {
    return "<!doctype html><html><head><meta charset=\"utf-8\"><title>ClickUp (sandbox)"
        + "</title></head><body>"
        + body
        + "</body></html>";
  }
}
