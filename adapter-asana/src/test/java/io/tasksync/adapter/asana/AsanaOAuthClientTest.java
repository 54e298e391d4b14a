package io.tasksync.adapter.asana;

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
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The OAuth flow against the stand-in: consent page, PKCE exchange, refresh, revoke, errors. */
class AsanaOAuthClientTest {

  private static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";

  private AsanaTestBed bed;
  private OAuthClient oauth;
  private final HttpClient browser = HttpClient.newHttpClient();

  @BeforeEach
  void start() {
    bed = AsanaTestBed.withTasks(10);
    oauth = bed.adapters.oauthClient();
  }

  @AfterEach
  void stop() {
    bed.close();
  }

  private static String challenge(String verifier) throws Exception {
    byte[] digest =
        MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
    return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
  }

  /** Opens the consent page, presses a button, and returns the redirect's query parameters. */
  private Map<String, String> consent(URI authorizationUrl, String button) throws Exception {
    HttpResponse<String> page =
        browser.send(
            HttpRequest.newBuilder(authorizationUrl).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(page.body()).contains("id=\"approve\"", "id=\"deny\"");
    StringBuilder form = new StringBuilder("decision=" + button);
    Matcher hidden = Pattern.compile("name=\"([a-z_]+)\" value=\"([^\"]*)\"").matcher(page.body());
    while (hidden.find()) {
      form.append('&')
          .append(hidden.group(1))
          .append('=')
          .append(URLEncoder.encode(hidden.group(2).replace("&amp;", "&"), StandardCharsets.UTF_8));
    }
    HttpResponse<String> answer =
        browser.send(
            HttpRequest.newBuilder(authorizationUrl.resolve("/-/oauth_authorize"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString()))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).isEqualTo(302);
    URI location = URI.create(answer.headers().firstValue("Location").orElseThrow());
    Map<String, String> query = new LinkedHashMap<>();
    for (String pair : location.getRawQuery().split("&")) {
      String[] kv = pair.split("=", 2);
      query.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
    }
    return query;
  }

  @Test
  void authorizationUrl_namesTheClientStateAndPkceChallenge() throws Exception {
    URI url = oauth.authorizationUrl("signed-state", challenge(VERIFIER));

    assertThat(url.getPath()).isEqualTo("/-/oauth_authorize");
    assertThat(url.getQuery())
        .contains(
            "client_id=sandbox-client",
            "state=signed-state",
            "response_type=code",
            "code_challenge_method=S256",
            "code_challenge=" + challenge(VERIFIER),
            "redirect_uri=" + AsanaTestBed.REDIRECT);
  }

  @Test
  void approvedConsent_exchangesForAnHourLongTokenThatReadsTheApi() throws Exception {
    Map<String, String> callback =
        consent(oauth.authorizationUrl("s-1", challenge(VERIFIER)), "approve");

    OAuthTokens tokens = oauth.exchange(callback.get("code"), VERIFIER);

    assertThat(callback.get("state")).isEqualTo("s-1");
    assertThat(tokens.refreshToken()).isNotNull();
    assertThat(tokens.expiresAt())
        .isBetween(
            Instant.now().plus(Duration.ofMinutes(59)), Instant.now().plus(Duration.ofMinutes(61)));
    assertThat(bed.adapters.taskProvider().workspaces(TokenSource.fixed(tokens.accessToken())))
        .isNotEmpty();
  }

  @Test
  void deniedConsent_redirectsWithAccessDenied() throws Exception {
    Map<String, String> callback = consent(oauth.authorizationUrl("s-2", null), "deny");

    assertThat(callback).containsEntry("error", "access_denied").containsEntry("state", "s-2");
  }

  @Test
  void wrongPkceVerifier_isRefusedAsRevoked() throws Exception {
    Map<String, String> callback =
        consent(oauth.authorizationUrl("s-3", challenge(VERIFIER)), "approve");

    assertThatThrownBy(
            () -> oauth.exchange(callback.get("code"), "another-verifier-of-enough-length-000"))
        .isInstanceOfSatisfying(
            AuthorizationException.class,
            e -> assertThat(e.reason()).isEqualTo(AuthorizationException.Reason.REVOKED));
  }

  @Test
  void refresh_givesANewAccessTokenAndKeepsTheRefreshToken() {
    var grant = bed.standIn.issueGrant();
    OAuthTokens current =
        new OAuthTokens(grant.accessToken(), grant.refreshToken(), Instant.now(), null);

    OAuthTokens refreshed = oauth.refresh(current);

    assertThat(refreshed.accessToken()).isNotEqualTo(grant.accessToken());
    assertThat(refreshed.refreshToken()).isEqualTo(grant.refreshToken());
    assertThat(refreshed.expiresAt()).isAfter(Instant.now().plus(Duration.ofMinutes(59)));
  }

  @Test
  void revokedGrant_cannotBeRefreshedAndItsTokensStopWorking() {
    var grant = bed.standIn.issueGrant();
    OAuthTokens tokens = new OAuthTokens(grant.accessToken(), grant.refreshToken(), null, null);

    oauth.revoke(tokens);

    assertThatThrownBy(() -> oauth.refresh(tokens))
        .isInstanceOfSatisfying(
            AuthorizationException.class,
            e -> assertThat(e.reason()).isEqualTo(AuthorizationException.Reason.REVOKED));
    assertThatThrownBy(
            () -> bed.adapters.taskProvider().workspaces(TokenSource.fixed(grant.accessToken())))
        .isInstanceOf(AuthorizationException.class);
  }

  @Test
  void expiredAccessToken_isRefreshedOnRejectionAndTheCallSucceeds() {
    var grant = bed.standIn.issueGrant();
    OAuthTokens[] current = {
      new OAuthTokens(grant.accessToken(), grant.refreshToken(), null, null)
    };
    TokenSource tokens =
        new TokenSource() {
          @Override
          public String accessToken() {
            return current[0].accessToken();
          }

          @Override
          public String refreshAfterRejection(String rejected) {
            current[0] = oauth.refresh(current[0]);
            return current[0].accessToken();
          }
        };
    bed.standIn.expireAccessTokens();

    var workspaces = bed.adapters.taskProvider().workspaces(tokens);

    assertThat(workspaces)
        .extracting(w -> w.externalId())
        .containsExactly(bed.standIn.workspaceGid());
    assertThat(current[0].accessToken()).isNotEqualTo(grant.accessToken());
  }

  @Test
  void tokenEndpointServerError_isProviderUnavailable() {
    var grant = bed.standIn.issueGrant();
    bed.standIn.failNext(1, 503);

    assertThatThrownBy(
            () ->
                oauth.refresh(
                    new OAuthTokens(grant.accessToken(), grant.refreshToken(), null, null)))
        .isInstanceOf(ProviderUnavailableException.class)
        .hasMessageContaining("503");
  }

  @Test
  void tokenEndpointTimeout_isProviderUnavailable() {
    var grant = bed.standIn.issueGrant();
    OAuthClient impatient =
        bed.reconfigured(bed.config.withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(1)))
            .adapters
            .oauthClient();
    bed.standIn.delayNext(1, Duration.ofSeconds(3));

    assertThatThrownBy(
            () ->
                impatient.refresh(
                    new OAuthTokens(grant.accessToken(), grant.refreshToken(), null, null)))
        .isInstanceOf(ProviderUnavailableException.class);
  }
}
