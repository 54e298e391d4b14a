package io.tasksync.sandbox.asana;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The stand-in's own behaviour: lazy generation, paging, filters, limits and expiries. */
class AsanaStandInTest {

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();
  private AsanaStandIn standIn;

  @AfterEach
  void stop() {
    if (standIn != null) {
      standIn.close();
    }
  }

  private HttpResponse<String> get(String token, String path)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(standIn.apiBaseUrl() + path))
            .header("Authorization", "Bearer " + token)
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private CompletableFuture<HttpResponse<String>> getAsync(String token, String path) {
    return http.sendAsync(
        HttpRequest.newBuilder(URI.create(standIn.apiBaseUrl() + path))
            .header("Authorization", "Bearer " + token)
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void millionTaskWorkspace_startsAtOnceAndServesItsLastTask() throws Exception {
    standIn = AsanaStandIn.start(AsanaStandInConfig.defaults().withTaskCount(1_000_000));
    String token = standIn.issueGrant().accessToken();

    HttpResponse<String> last =
        get(token, "/tasks/" + standIn.taskGid(999_999) + "?opt_fields=name");

    assertThat(last.statusCode()).isEqualTo(200);
    assertThat(json.readTree(last.body()).path("data").path("name").asText())
        .endsWith("task 999999");
    assertThat(standIn.liveTaskCount()).isEqualTo(1_000_000);
  }

  @Test
  void sameSeed_generatesTheSameTasks() throws Exception {
    standIn = AsanaStandIn.start(AsanaStandInConfig.defaults().withTaskCount(100));
    String first =
        get(
                standIn.issueGrant().accessToken(),
                "/tasks/" + standIn.taskGid(7) + "?opt_fields=name,modified_at,due_on")
            .body();
    standIn.close();
    standIn = AsanaStandIn.start(AsanaStandInConfig.defaults().withTaskCount(100));

    String second =
        get(
                standIn.issueGrant().accessToken(),
                "/tasks/" + standIn.taskGid(7) + "?opt_fields=name,modified_at,due_on")
            .body();

    assertThat(second).isEqualTo(first);
  }

  @Test
  void optFields_selectExactlyTheAskedFieldsPlusGid() throws Exception {
    standIn = AsanaStandIn.start(AsanaStandInConfig.defaults().withTaskCount(100));

    JsonNode task =
        json.readTree(
                get(
                        standIn.issueGrant().accessToken(),
                        "/tasks/" + standIn.taskGid(1) + "?opt_fields=name,assignee.name")
                    .body())
            .path("data");

    assertThat(task.fieldNames()).toIterable().containsExactly("gid", "name", "assignee");
    assertThat(task.path("assignee").fieldNames()).toIterable().containsExactly("gid", "name");
  }

  @Test
  void modifiedSince_listsOnlyTasksChangedSince() throws Exception {
    standIn = AsanaStandIn.start(AsanaStandInConfig.defaults().withTaskCount(500));
    String token = standIn.issueGrant().accessToken();
    String since = java.time.Instant.now().toString();
    standIn.updateTask(standIn.taskGid(12), "Changed");

    JsonNode page =
        json.readTree(
            get(token, "/tasks?project=" + standIn.projectGid(0) + "&modified_since=" + since)
                .body());

    assertThat(page.path("data")).hasSize(1);
    assertThat(page.path("data").path(0).path("gid").asText()).isEqualTo(standIn.taskGid(12));
  }

  @Test
  void expiredOffset_isA400NamingTheOffset() throws Exception {
    standIn = AsanaStandIn.start(AsanaStandInConfig.defaults().withTaskCount(500));
    String token = standIn.issueGrant().accessToken();
    JsonNode first =
        json.readTree(get(token, "/tasks?project=" + standIn.projectGid(0) + "&limit=10").body());
    standIn.expireOffsets();

    HttpResponse<String> next =
        get(
            token,
            "/tasks?project="
                + standIn.projectGid(0)
                + "&limit=10&offset="
                + first.path("next_page").path("offset").asText());

    assertThat(next.statusCode()).isEqualTo(400);
    assertThat(json.readTree(next.body()).path("errors").path(0).path("message").asText())
        .startsWith("offset:");
  }

  @Test
  void requestsBeyondTheLimit_get429WithRetryAfter() throws Exception {
    standIn =
        AsanaStandIn.start(
            AsanaStandInConfig.defaults().withTaskCount(10).withRequestsPerMinute(3));
    String token = standIn.issueGrant().accessToken();
    for (int i = 0; i < 3; i++) {
      assertThat(get(token, "/workspaces").statusCode()).isEqualTo(200);
    }

    HttpResponse<String> limited = get(token, "/workspaces");

    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow()))
        .isBetween(1L, 60L);
    assertThat(limited.body()).contains("rate limit");
    assertThat(standIn.rateLimitedCount()).isEqualTo(1);
  }

  @Test
  void oneRequestBeyondTheConcurrentLimit_gets429WhileOtherTokensAreServed() throws Exception {
    standIn =
        AsanaStandIn.start(
            AsanaStandInConfig.defaults().withTaskCount(10).withConcurrentRequests(2));
    String token = standIn.issueGrant().accessToken();
    String other = standIn.issueGrant().accessToken();
    standIn.delayNext(2, Duration.ofMillis(1500));
    List<CompletableFuture<HttpResponse<String>>> held = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      held.add(getAsync(token, "/workspaces"));
    }
    while (standIn.requestCount() < 2) {
      Thread.sleep(5);
    }
    Thread.sleep(100);

    HttpResponse<String> third = get(token, "/workspaces");
    HttpResponse<String> otherToken = get(other, "/workspaces");
    List<Integer> heldStatuses = new ArrayList<>();
    for (CompletableFuture<HttpResponse<String>> f : held) {
      heldStatuses.add(f.get().statusCode());
    }
    HttpResponse<String> afterwards = get(token, "/workspaces");

    assertThat(third.statusCode()).isEqualTo(429);
    assertThat(third.headers().firstValue("Retry-After")).contains("1");
    assertThat(json.readTree(third.body()).path("errors").path(0).path("message").asText())
        .contains("rate limit");
    assertThat(otherToken.statusCode()).isEqualTo(200);
    assertThat(heldStatuses).containsExactly(200, 200);
    assertThat(afterwards.statusCode()).isEqualTo(200);
  }

  @Test
  void failedRequests_leaveTheirConcurrentSlot() throws Exception {
    standIn =
        AsanaStandIn.start(
            AsanaStandInConfig.defaults().withTaskCount(10).withConcurrentRequests(1));
    String token = standIn.issueGrant().accessToken();
    standIn.failNext(1, 503);

    int failed = get(token, "/workspaces").statusCode();
    int unknown = get(token, "/tasks/999999999999").statusCode();
    int noRoute = get(token, "/no-such-route").statusCode();
    int served = get(token, "/workspaces").statusCode();

    assertThat(List.of(failed, unknown, noRoute, served)).containsExactly(503, 404, 404, 200);
  }

  @Test
  void expiredAccessToken_isRejectedWith401() throws Exception {
    standIn = AsanaStandIn.start(AsanaStandInConfig.defaults().withTaskCount(10));
    String token = standIn.issueGrant().accessToken();
    standIn.expireAccessTokens();

    HttpResponse<String> answer = get(token, "/workspaces");

    assertThat(answer.statusCode()).isEqualTo(401);
    assertThat(answer.body()).contains("\"errors\"");
  }

  @Test
  void deletedParent_takesItsSubtasksWithIt() throws Exception {
    standIn = AsanaStandIn.start(AsanaStandInConfig.defaults().withTaskCount(100));
    String token = standIn.issueGrant().accessToken();

    standIn.deleteTask(standIn.taskGid(0));

    assertThat(get(token, "/tasks/" + standIn.taskGid(0)).statusCode()).isEqualTo(404);
    assertThat(get(token, "/tasks/" + standIn.taskGid(48)).statusCode()).isEqualTo(404);
    assertThat(standIn.liveTaskCount()).isEqualTo(100 - 5);
  }
}
