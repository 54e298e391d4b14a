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
}
