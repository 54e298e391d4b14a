package io.tasksync.sandbox.linear;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LinearStandInTest {

  private static final String PAGE =
      "query($after: String) { issues(first: 25, after: $after, includeArchived: true) {"
          + " nodes { id identifier title priority estimate dueDate createdAt updatedAt trashed"
          + " archivedAt state { name type } team { key } parent { id }"
          + " labels(first: 5) { nodes { name } } }"
          + " pageInfo { hasNextPage endCursor } } }";

  private static LinearStandIn standIn;
  private static final ObjectMapper json = new ObjectMapper();
  private static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    standIn = LinearStandIn.start(LinearStandInConfig.defaults().withWorkspace(7, 60));
  }

  @AfterAll
  static void stop() {
    standIn.close();
  }

  private HttpResponse<String> post(String token, String query, Map<String, Object> variables)
      throws Exception {
    String body = json.writeValueAsString(Map.of("query", query, "variables", variables));
    return http.send(
        HttpRequest.newBuilder(standIn.baseUrl().resolve("/graphql"))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void pagingWithCursors_returnsEveryIssueOnceWithBudgetHeaders() throws Exception {
    String token = standIn.issueToken().accessToken();
    Set<String> ids = new HashSet<>();
    String after = null;
    HttpResponse<String> response;
    do {
      Map<String, Object> vars = new java.util.HashMap<>();
      vars.put("after", after);
      response = post(token, PAGE, vars);
      JsonNode page = json.readTree(response.body()).path("data").path("issues");
      page.path("nodes").forEach(n -> ids.add(n.path("id").asText()));
      after =
          page.path("pageInfo").path("hasNextPage").asBoolean()
              ? page.path("pageInfo").path("endCursor").asText()
              : null;
    } while (after != null);

    assertThat(ids).hasSize(60);
    assertThat(response.headers().firstValue("X-Complexity")).isPresent();
    assertThat(response.headers().firstValue("X-RateLimit-Complexity-Remaining")).isPresent();
    assertThat(response.headers().firstValue("X-RateLimit-Requests-Reset")).isPresent();
  }

  @Test
  void spentBudget_answers400WithRatelimitedCode() throws Exception {
    String token = standIn.issueToken().accessToken();
    standIn.rateLimitStorm(1);

    HttpResponse<String> response = post(token, PAGE, Map.of());

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json.readTree(response.body()).at("/errors/0/extensions/code").asText())
        .isEqualTo("RATELIMITED");
  }

  @Test
  void unknownToken_answersAuthenticationError() throws Exception {
    HttpResponse<String> response = post("nope", PAGE, Map.of());

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).contains("AUTHENTICATION_ERROR");
  }

  @Test
  void misspelledField_isAValidationError() throws Exception {
    String token = standIn.issueToken().accessToken();

    HttpResponse<String> response = post(token, "{ issues { nodes { identifer } } }", Map.of());

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("identifer");
    assertThat(response.headers().firstValue("X-RateLimit-Requests-Remaining"))
        .as("a validation error carries no rate-limit headers")
        .isEmpty();
  }

  @Test
  void outOfRangeArgument_answers200WithNullDataAndErrors() throws Exception {
    String token = standIn.issueToken().accessToken();

    HttpResponse<String> response =
        post(token, "{ issues(first: 300) { nodes { id } } }", Map.of());

    JsonNode body = json.readTree(response.body());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(body.path("errors").isArray()).isTrue();
    assertThat(
            body.path("data").path("issues").isMissingNode()
                || body.path("data").path("issues").isNull())
        .isTrue();
  }

  @Test
  void endCursor_isOpaqueBase64OfAJsonObject() throws Exception {
    String token = standIn.issueToken().accessToken();

    String cursor =
        json.readTree(post(token, PAGE, new java.util.HashMap<>()).body())
            .at("/data/issues/pageInfo/endCursor")
            .asText();

    JsonNode inside = json.readTree(java.util.Base64.getDecoder().decode(cursor));
    assertThat(inside.path("id").isTextual()).isTrue();
  }

  @Test
  void tokenResponses_scopeIsAStringForACodeAndAnArrayForARefresh() throws Exception {
    var tokens = standIn.issueToken();

    JsonNode refreshed = json.readTree(refresh(tokens.refreshToken()).body());

    assertThat(refreshed.path("scope").isArray()).isTrue();
    assertThat(refreshed.path("expires_in").asLong()).isEqualTo(86_399);
  }

  @Test
  void consentPage_hasApproveAndDenyButtons() throws Exception {
    URI uri =
        standIn
            .baseUrl()
            .resolve(
                "/oauth/authorize?client_id=sandbox-client&redirect_uri=http://127.0.0.1/cb&response_type=code&state=s1");

    HttpResponse<String> page =
        http.send(
            HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(page.body()).contains("id=\"approve\"").contains("id=\"deny\"");
  }

  @Test
  void queryOverTenThousandPoints_isRefusedBeforeItRuns() throws Exception {
    String token = standIn.issueToken().accessToken();
    String heavy = "{ issues(first: 250) { nodes { id labels(first: 100) { nodes { name } } } } }";

    HttpResponse<String> response = post(token, heavy, Map.of());

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("too complex");
  }

  @Test
  void refreshToken_rotates_andReusingTheOldOneIsInvalidGrant() throws Exception {
    LinearStandIn.Tokens tokens = standIn.issueToken();

    HttpResponse<String> first = refresh(tokens.refreshToken());
    HttpResponse<String> again = refresh(tokens.refreshToken());

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(json.readTree(first.body()).path("refresh_token").asText())
        .isNotEqualTo(tokens.refreshToken());
    assertThat(again.statusCode()).isEqualTo(400);
    assertThat(json.readTree(again.body()).path("error").asText()).isEqualTo("invalid_grant");
  }

  @Test
  void reusedRefreshToken_leavesTheRotatedGrantWorking_byDefault() throws Exception {
    LinearStandIn.Tokens tokens = standIn.issueToken();
    HttpResponse<String> first = refresh(tokens.refreshToken());

    refresh(tokens.refreshToken());

    assertThat(standIn.accepts(json.readTree(first.body()).path("access_token").asText())).isTrue();
    assertThat(refresh(json.readTree(first.body()).path("refresh_token").asText()).statusCode())
        .isEqualTo(200);
  }

  @Test
  void reusedRefreshToken_withReuseDetection_revokesTheWholeGrant() throws Exception {
    LinearStandIn.Tokens tokens = standIn.issueToken();
    HttpResponse<String> first = refresh(tokens.refreshToken());
    standIn.revokeGrantOnRefreshTokenReuse(true);
    try {
      HttpResponse<String> reuse = refresh(tokens.refreshToken());

      assertThat(reuse.statusCode()).isEqualTo(400);
      assertThat(standIn.accepts(json.readTree(first.body()).path("access_token").asText()))
          .isFalse();
      assertThat(refresh(json.readTree(first.body()).path("refresh_token").asText()).statusCode())
          .isEqualTo(400);
    } finally {
      standIn.revokeGrantOnRefreshTokenReuse(false);
    }
  }

  @Test
  void largeWorkspace_isGeneratedLazily_soItsFirstPageIsServedAtOnce() throws Exception {
    try (LinearStandIn large =
        LinearStandIn.start(LinearStandInConfig.defaults().withWorkspace(8, 1_000_000))) {
      String token = large.issueToken().accessToken();
      String body =
          json.writeValueAsString(
              Map.of("query", "{ issues(first: 5) { nodes { id } pageInfo { hasNextPage } } }"));

      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(large.baseUrl().resolve("/graphql"))
                  .header("Authorization", "Bearer " + token)
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());

      assertThat(json.readTree(response.body()).at("/data/issues/nodes")).hasSize(5);
      assertThat(large.issueCount()).isEqualTo(1_000_000);
    }
  }

  private HttpResponse<String> refresh(String refreshToken) throws Exception {
    String form =
        "grant_type=refresh_token&refresh_token="
            + refreshToken
            + "&client_id=sandbox-client&client_secret=sandbox-secret";
    return http.send(
        HttpRequest.newBuilder(standIn.baseUrl().resolve("/oauth/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
