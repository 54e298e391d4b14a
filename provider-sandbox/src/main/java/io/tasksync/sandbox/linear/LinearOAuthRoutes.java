package io.tasksync.sandbox.linear;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Linear's OAuth endpoints: the consent page at {@code /oauth/authorize} (Approve / Deny), the
 * token endpoint ({@code authorization_code} with PKCE S256, rotating {@code refresh_token}) and
 * {@code /oauth/revoke}.
 */
final class LinearOAuthRoutes {

  private final LinearStandInConfig config;
  private final LinearGrants grants;
  private final LinearFaults faults;
  private final ObjectMapper json;

  LinearOAuthRoutes(
      LinearStandInConfig config, LinearGrants grants, LinearFaults faults, ObjectMapper json) {
    this.config = config;
    this.grants = grants;
    this.faults = faults;
    this.json = json;
  }

  void consentPage(Context ctx) {
    String clientId = ctx.queryParam("client_id");
    String redirectUri = ctx.queryParam("redirect_uri");
    String method = ctx.queryParam("code_challenge_method");
    if (!config.clientId().equals(clientId)
        || redirectUri == null
        || !"code".equals(ctx.queryParam("response_type"))) {
      ctx.status(400)
          .html(
              "<p>Invalid OAuth request: unknown client_id, or no redirect_uri / response_type=code.</p>");
      return;
    }
    if (ctx.queryParam("code_challenge") != null && !"S256".equals(method)) {
      ctx.status(400).html("<p>Invalid code_challenge_method: only S256 is accepted.</p>");
      return;
    }
    String scope = ctx.queryParamAsClass("scope", String.class).getOrDefault("read");
    StringBuilder hidden = new StringBuilder();
    for (String name : new String[] {"redirect_uri", "state", "code_challenge", "scope"}) {
      String value = "scope".equals(name) ? scope : ctx.queryParam(name);
      if (value != null) {
        hidden
            .append("<input type=\"hidden\" name=\"")
            .append(name)
            .append("\" value=\"")
            .append(escape(value))
            .append("\">");
      }
    }
    ctx.html(
        "<!doctype html><html><head><title>Authorize tasksync</title></head><body>"
            + "<h1>tasksync wants to access your Linear workspace</h1>"
            + "<p>The application <strong>tasksync</strong> (client "
            + escape(clientId)
            + ") asks for:</p>"
            + "<p>Scopes: "
            + escape(scope)
            + "</p>"
            + "<form method=\"post\" action=\"/oauth/authorize\">"
            + hidden
            + "<button id=\"approve\" name=\"decision\" value=\"approve\">Approve</button>"
            + "<button id=\"deny\" name=\"decision\" value=\"deny\">Deny</button>"
            + "</form></body></html>");
  }

  void decide(Context ctx) {
    String redirectUri = ctx.formParam("redirect_uri");
    String state = ctx.formParam("state");
    if (redirectUri == null) {
      ctx.status(400).result("redirect_uri is missing");
      return;
    }
    String query;
    if ("approve".equals(ctx.formParam("decision"))) {
      String code =
          grants.newCode(redirectUri, ctx.formParam("code_challenge"), ctx.formParam("scope"));
      query = "code=" + encode(code);
    } else {
      query = "error=access_denied";
    }
    if (state != null) {
      query += "&state=" + encode(state);
    }
    ctx.redirect(redirectUri + (redirectUri.contains("?") ? "&" : "?") + query);
  }

  void token(Context ctx) throws Exception {
    int failure = faults.nextTokenFailure();
    if (failure != 0) {
      ctx.status(failure).result("<html>upstream error</html>");
      return;
    }
    if (!clientAuthenticated(ctx)) {
      error(ctx, 401, "invalid_client", "Client authentication failed");
      return;
    }
    String grantType = ctx.formParam("grant_type");
    LinearGrants.Tokens tokens;
    if ("authorization_code".equals(grantType)) {
      tokens =
          grants.exchange(
              ctx.formParam("code"), ctx.formParam("redirect_uri"), ctx.formParam("code_verifier"));
    } else if ("refresh_token".equals(grantType)) {
      tokens = grants.refresh(ctx.formParam("refresh_token"));
    } else {
      error(ctx, 400, "unsupported_grant_type", "Unsupported grant type");
      return;
    }
    if (tokens == null) {
      error(
          ctx, 400, "invalid_grant", "The grant is invalid, expired, revoked or was already used");
      return;
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("access_token", tokens.accessToken());
    body.put("token_type", "Bearer");
    body.put("expires_in", tokens.expiresIn());
    String scope = tokens.scope() == null ? "read" : tokens.scope();
    body.put("scope", "refresh_token".equals(grantType) ? scopeList(scope) : scope);
    body.put("refresh_token", tokens.refreshToken());
    ctx.contentType("application/json").result(json.writeValueAsString(body));
  }

  /** Linear answers a refresh with {@code scope} as an array, a code exchange with a string. */
  private static java.util.List<String> scopeList(String scope) {
    return java.util.Arrays.stream(scope.split("[ ,]+")).filter(x -> !x.isEmpty()).toList();
  }

  void revoke(Context ctx) {
    String token = ctx.formParam("token");
    String auth = ctx.header("Authorization");
    if (token == null && auth != null && auth.startsWith("Bearer ")) {
      token = auth.substring("Bearer ".length());
    }
    if (token == null) {
      ctx.status(400).contentType("application/json").result("{\"error\":\"invalid_request\"}");
      return;
    }
    grants.revoke(token);
    ctx.status(200).result("");
  }

  private boolean clientAuthenticated(Context ctx) {
    String id = ctx.formParam("client_id");
    String secret = ctx.formParam("client_secret");
    String auth = ctx.header("Authorization");
    if (auth != null && auth.startsWith("Basic ")) {
      String pair =
          new String(Base64.getDecoder().decode(auth.substring(6)), StandardCharsets.UTF_8);
      int colon = pair.indexOf(':');
      id =
          colon < 0
              ? pair
              : java.net.URLDecoder.decode(pair.substring(0, colon), StandardCharsets.UTF_8);
      secret =
          colon < 0
              ? null
              : java.net.URLDecoder.decode(pair.substring(colon + 1), StandardCharsets.UTF_8);
    }
    return config.clientId().equals(id) && config.clientSecret().equals(secret);
  }

  private void error(Context ctx, int status, String error, String description) throws Exception {
    ctx.status(status)
        .contentType("application/json")
        .result(json.writeValueAsString(Map.of("error", error, "error_description", description)));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
