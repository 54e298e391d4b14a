package io.tasksync.adapter.linear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tasksync.domain.OAuthTokens;
import io.tasksync.port.out.AuthorizationException;
import io.tasksync.port.out.OAuthClient;
import io.tasksync.port.out.ProviderUnavailableException;
import io.tasksync.port.out.TokenSource;
import io.tasksync.sandbox.linear.LinearStandIn;
import io.tasksync.sandbox.linear.LinearStandInConfig;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Linear's OAuth flow against the stand-in: consent, PKCE, rotating refresh tokens, revoke. */
class LinearOAuthClientTest {

  private static final String VERIFIER = "verifier-0123456789-0123456789-0123456789-abc";
  private static LinearStandIn standIn;
  private static LinearAdapters adapters;
  private static OAuthClient oauth;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    standIn = LinearStandIn.start(LinearStandInConfig.defaults().withWorkspace(5, 10));
    adapters = LinearTestSupport.adapters(LinearTestSupport.configFor(standIn));
    oauth = adapters.oauthClient();
  }

  @AfterAll
  static void stop() {
    standIn.close();
  }

  static String challenge(String verifier) throws Exception {
    byte[] digest =
        MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
    return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
  }

  /** Opens the consent page and presses a button; returns the redirect the browser would follow. */
  private URI consent(URI authorizationUrl, String decision) throws Exception {
    String page =
        http.send(
                HttpRequest.newBuilder(authorizationUrl).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    StringBuilder form = new StringBuilder("decision=" + decision);
    Matcher hidden = Pattern.compile("name=\"([a-z_]+)\" value=\"([^\"]*)\"").matcher(page);
    while (hidden.find()) {
      form.append('&')
          .append(hidden.group(1))
          .append('=')
          .append(URLEncoder.encode(hidden.group(2).replace("&amp;", "&"), StandardCharsets.UTF_8));
    }
    HttpResponse<String> redirect =
        http.send(
            HttpRequest.newBuilder(standIn.baseUrl().resolve("/oauth/authorize"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString()))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return URI.create(redirect.headers().firstValue("Location").orElseThrow());
  }

  private static String param(URI uri, String name) {
    Matcher m = Pattern.compile("(?:^|&)" + name + "=([^&]*)").matcher(uri.getRawQuery());
    return m.find() ? java.net.URLDecoder.decode(m.group(1), StandardCharsets.UTF_8) : null;
  }

  private OAuthTokens connect() throws Exception {
    URI back = consent(oauth.authorizationUrl("state-1", challenge(VERIFIER)), "approve");
    return oauth.exchange(param(back, "code"), VERIFIER);
  }

  @Test
  void authorizationUrl_asksLinearsConsentWithStateAndPkceS256() throws Exception {
    URI url = oauth.authorizationUrl("signed-state", challenge(VERIFIER));

    assertThat(url.getPath()).isEqualTo("/oauth/authorize");
    assertThat(param(url, "state")).isEqualTo("signed-state");
    assertThat(param(url, "code_challenge")).isEqualTo(challenge(VERIFIER));
    assertThat(param(url, "code_challenge_method")).isEqualTo("S256");
    assertThat(param(url, "client_id")).isEqualTo("sandbox-client");
    assertThat(param(url, "scope")).isEqualTo("read");
  }

  @Test
  void approvedConsent_givesShortLivedTokensWithARefreshToken() throws Exception {
    OAuthTokens tokens = connect();

    assertThat(tokens.canRefresh()).isTrue();
    assertThat(tokens.expiresAt())
        .isBetween(
            Instant.now().plus(Duration.ofHours(23)), Instant.now().plus(Duration.ofHours(25)));
    assertThat(adapters.taskProvider().workspaces(TokenSource.fixed(tokens.accessToken())))
        .singleElement()
        .satisfies(w -> assertThat(w.externalId()).isEqualTo(standIn.organizationId()));
  }

  @Test
  void deniedConsent_redirectsWithAccessDenied() throws Exception {
    URI back = consent(oauth.authorizationUrl("state-2", challenge(VERIFIER)), "deny");

    assertThat(param(back, "error")).isEqualTo("access_denied");
    assertThat(param(back, "state")).isEqualTo("state-2");
  }

  @Test
  void wrongPkceVerifier_isRefusedAsInvalidGrant() throws Exception {
    URI back = consent(oauth.authorizationUrl("state-3", challenge(VERIFIER)), "approve");

    assertThatThrownBy(() -> oauth.exchange(param(back, "code"), VERIFIER + "x"))
        .isInstanceOf(AuthorizationException.class)
        .hasMessageContaining("invalid_grant");
  }

  @Test
  void refresh_rotatesTheRefreshToken_andTheOldOneIsThenRefused() throws Exception {
    OAuthTokens first = connect();

    OAuthTokens second = oauth.refresh(first);

    assertThat(second.refreshToken()).isNotEqualTo(first.refreshToken());
    assertThat(second.accessToken()).isNotEqualTo(first.accessToken());
    assertThatThrownBy(() -> oauth.refresh(first))
        .isInstanceOfSatisfying(
            AuthorizationException.class,
            e -> assertThat(e.reason()).isEqualTo(AuthorizationException.Reason.REVOKED));
    assertThat(oauth.refresh(second).accessToken()).isNotBlank();
  }

  @Test
  void tokenEndpointServerError_isProviderUnavailable() throws Exception {
    OAuthTokens tokens = connect();
    standIn.failTokenEndpointNext(1, 503);

    assertThatThrownBy(() -> oauth.refresh(tokens))
        .isInstanceOf(ProviderUnavailableException.class);
  }

  @Test
  void revoke_makesTheGrantUnusable() throws Exception {
    OAuthTokens tokens = connect();

    oauth.revoke(tokens);

    assertThatThrownBy(
            () -> adapters.taskProvider().workspaces(TokenSource.fixed(tokens.accessToken())))
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> oauth.refresh(tokens)).isInstanceOf(AuthorizationException.class);
  }
}
