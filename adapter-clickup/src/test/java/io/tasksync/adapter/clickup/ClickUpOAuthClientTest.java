package io.tasksync.adapter.clickup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tasksync.domain.OAuthTokens;
import io.tasksync.port.out.AuthorizationException;
import io.tasksync.port.out.OAuthClient;
import io.tasksync.port.out.ProviderUnavailableException;
import io.tasksync.port.out.TokenSource;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The authorization-code flow against the stand-in's consent page and token endpoint. */
class ClickUpOAuthClientTest {

  private static final Pattern HIDDEN = Pattern.compile("name=\"([a-z_]+)\" value=\"([^\"]*)\"");
  private ClickUpSandbox sandbox;
  private OAuthClient oauth;
  private final HttpClient browser =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @BeforeEach
  void start() {
    sandbox = ClickUpSandbox.fast();
    oauth = sandbox.adapters.oauthClient();
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  /** Opens the consent page and presses a button; returns the redirect's query parameters. */
  private Map<String, String> consent(String state, String decision) throws Exception {
    URI url = oauth.authorizationUrl(state, null);
    String page =
        browser
            .send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString())
            .body();
    assertThat(page).contains("id=\"approve\"").contains("id=\"deny\"");
    Map<String, String> form = new HashMap<>();
    Matcher m = HIDDEN.matcher(page);
    while (m.find()) {
      form.putIfAbsent(m.group(1), m.group(2).replace("&amp;", "&").replace("&quot;", "\""));
    }
    form.put("decision", decision);
    StringBuilder body = new StringBuilder();
    form.forEach(
        (k, v) ->
            body.append(body.length() == 0 ? "" : "&")
                .append(k)
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    HttpResponse<String> redirect =
        browser.send(
            HttpRequest.newBuilder(URI.create(sandbox.standIn.baseUrl() + "/api/oauth/decision"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    URI location = URI.create(redirect.headers().firstValue("Location").orElseThrow());
    Map<String, String> query = new HashMap<>();
    for (String pair : location.getRawQuery().split("&")) {
      String[] kv = pair.split("=", 2);
      query.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
    }
    return query;
  }

  @Test
  void authorizationUrl_isTheAppHostsApiPageWithClientRedirectAndState() {
    URI url = oauth.authorizationUrl("signed.state", null);

    assertThat(url.getPath()).isEqualTo("/api");
    assertThat(url.getQuery())
        .contains("client_id=sandbox-client")
        .contains("redirect_uri=http://127.0.0.1:1/callback")
        .contains("state=signed.state");
    assertThat(oauth.supportsPkce()).isFalse();
  }

  @Test
  void approvedConsent_exchangesForANonExpiringTokenThatWorks() throws Exception {
    Map<String, String> callback = consent("s-123", "approve");

    OAuthTokens tokens = oauth.exchange(callback.get("code"), null);

    assertThat(callback.get("state")).isEqualTo("s-123");
    assertThat(tokens.refreshToken()).isNull();
    assertThat(tokens.expiresAt()).isNull();
    assertThat(sandbox.adapters.taskProvider().workspaces(TokenSource.fixed(tokens.accessToken())))
        .hasSize(2);
  }

  @Test
  void deniedConsent_redirectsWithAccessDenied() throws Exception {
    Map<String, String> callback = consent("s-456", "deny");

    assertThat(callback)
        .containsEntry("error", "access_denied")
        .containsEntry("state", "s-456")
        .doesNotContainKey("code");
  }

  @Test
  void usedOrUnknownCode_isRefusedAsRevoked() throws Exception {
    String code = consent("s", "approve").get("code");
    oauth.exchange(code, null);

    assertThatThrownBy(() -> oauth.exchange(code, null))
        .isInstanceOfSatisfying(
            AuthorizationException.class,
            e -> assertThat(e.reason()).isEqualTo(AuthorizationException.Reason.REVOKED))
        .hasMessageContaining("start the connection again");
  }

  @Test
  void wrongClientSecret_saysToCheckTheClientCredentials() throws Exception {
    String code = consent("s", "approve").get("code");
    ClickUpConfig wrong =
        ClickUpConfig.defaults(
                "sandbox-client", "not-the-secret", URI.create("http://127.0.0.1:1/callback"))
            .withBaseUrls(sandbox.standIn.baseUrl(), sandbox.standIn.baseUrl());

    assertThatThrownBy(
            () ->
                ClickUpAdapters.create(wrong, Clock.systemUTC()).oauthClient().exchange(code, null))
        .isInstanceOf(AuthorizationException.class)
        .hasMessageContaining("OAUTH_010")
        .hasMessageContaining("client id and secret");
  }

  @Test
  void unreachableTokenEndpoint_isProviderUnavailable() {
    ClickUpConfig nowhere =
        ClickUpConfig.defaults(
                "sandbox-client", "sandbox-secret", URI.create("http://127.0.0.1:1/callback"))
            .withBaseUrls(URI.create("http://127.0.0.1:1"), URI.create("http://127.0.0.1:1"));

    assertThatThrownBy(
            () ->
                ClickUpAdapters.create(nowhere, Clock.systemUTC())
                    .oauthClient()
                    .exchange("c", null))
        .isInstanceOf(ProviderUnavailableException.class);
  }

  @Test
  void refresh_isImpossibleAndRevokeIsUnsupported() {
    OAuthTokens tokens = new OAuthTokens(sandbox.standIn.issueToken(), null, null, null);

    assertThatThrownBy(() -> oauth.refresh(tokens))
        .isInstanceOfSatisfying(
            AuthorizationException.class,
            e -> assertThat(e.reason()).isEqualTo(AuthorizationException.Reason.REVOKED));
    assertThat(oauth.supportsRevoke()).isFalse();
  }

  @Test
  void configToString_hidesTheClientSecret() {
    assertThat(sandbox.config.toString()).doesNotContain("sandbox-secret").contains("<redacted>");
  }
}
