package io.tasksync.sandbox.clickup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The stand-in hides what ClickUp hides by default and limits like ClickUp. */
class ClickUpStandInTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private ClickUpStandIn standIn;
  private String token;

  @BeforeEach
  void start() {
    standIn =
        ClickUpStandIn.start(
            ClickUpStandInConfig.defaults().withWorkspace(1, 100).withRateLimitPerMinute(10_000));
    token = standIn.issueToken();
  }

  @AfterEach
  void stop() {
    standIn.close();
  }

  private HttpResponse<String> get(String pathAndQuery, String auth) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(standIn.baseUrl() + pathAndQuery));
    if (auth != null) {
      b.header("Authorization", auth);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private JsonNode json(String pathAndQuery) throws Exception {
    return MAPPER.readTree(get(pathAndQuery, "Bearer " + token).body());
  }

  private List<String> taskIds(String pathAndQuery) throws Exception {
    List<String> ids = new java.util.ArrayList<>();
    json(pathAndQuery).path("tasks").forEach(t -> ids.add(t.path("id").asText()));
    return ids;
  }

  @Test
  void closedTasksAndSubtasks_areHiddenUnlessAskedFor() throws Exception {
    String team = "/api/v2/team/" + standIn.teamId(0) + "/task?page=0";

    JsonNode plain = json(team).path("tasks");
    JsonNode all = json(team + "&include_closed=true&subtasks=true").path("tasks");

    assertThat(plain)
        .allSatisfy(
            t -> {
              assertThat(t.path("parent").isNull()).isTrue();
              assertThat(t.path("status").path("type").asText()).isNotEqualTo("closed");
            });
    assertThat(all.size()).isGreaterThan(plain.size());
    assertThat(all).anySatisfy(t -> assertThat(t.path("parent").isNull()).isFalse());
  }

  @Test
  void timeEntries_defaultToTheLast30DaysOfTheCallerOnly() throws Exception {
    String task = standIn.createTask(0, "tracked");
    Instant now = Instant.now();
    standIn.addTimeEntry(
        task, standIn.userId(0, 0), now.minus(Duration.ofDays(3)), Duration.ofMinutes(10));
    standIn.addTimeEntry(
        task, standIn.userId(0, 1), now.minus(Duration.ofDays(3)), Duration.ofMinutes(20));
    standIn.addTimeEntry(
        task, standIn.userId(0, 0), now.minus(Duration.ofDays(90)), Duration.ofMinutes(40));
    String path = "/api/v2/team/" + standIn.teamId(0) + "/time_entries";

    JsonNode byDefault = json(path).path("data");
    JsonNode everything =
        json(path
                + "?start_date="
                + now.minus(Duration.ofDays(100)).toEpochMilli()
                + "&end_date="
                + now.toEpochMilli()
                + "&assignee="
                + standIn.userId(0, 0)
                + ","
                + standIn.userId(0, 1))
            .path("data");

    assertThat(byDefault).hasSize(1);
    assertThat(byDefault.get(0).path("duration").asText()).isEqualTo("600000");
    assertThat(everything).hasSize(3);
  }

  @Test
  void pastTheLimit_answers429WithTheResetInUnixSeconds() throws Exception {
    standIn.close();
    standIn = ClickUpStandIn.start(ClickUpStandInConfig.defaults().withRateLimitPerMinute(2));
    token = standIn.issueToken();

    get("/api/v2/team", token);
    HttpResponse<String> last = get("/api/v2/team", token);
    HttpResponse<String> refused = get("/api/v2/team", token);

    assertThat(last.statusCode()).isEqualTo(200);
    assertThat(last.headers().firstValue("X-RateLimit-Remaining")).contains("0");
    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(MAPPER.readTree(refused.body()).path("ECODE").asText()).isEqualTo("APP_002");
    long reset = Long.parseLong(refused.headers().firstValue("X-RateLimit-Reset").orElseThrow());
    assertThat(reset)
        .isBetween(Instant.now().getEpochSecond(), Instant.now().getEpochSecond() + 61);
  }

  @Test
  void archivedFolderAndSpace_areListedOnlyWhenAskedFor_andHideTheirTasksFromTheTeamListing()
      throws Exception {
    String team = standIn.teamId(0);
    String inFolder = standIn.createTaskInArchivedFolder(0, "in an archived folder");
    String inSpace = standIn.createTaskInArchivedSpace(0, "in an archived space");

    List<String> teamTasks = new java.util.ArrayList<>();
    for (int page = 0; page < 3; page++) {
      teamTasks.addAll(
          taskIds("/api/v2/team/" + team + "/task?include_closed=true&subtasks=true&page=" + page));
    }
    JsonNode spaces = json("/api/v2/team/" + team + "/space?archived=true").path("spaces");
    JsonNode folders =
        json("/api/v2/space/" + spaces.get(0).path("id").asText() + "/folder?archived=false");
    JsonNode archivedFolders =
        json("/api/v2/space/" + standIn.spaceId(0, 0) + "/folder?archived=true").path("folders");
    String folderList =
        json("/api/v2/folder/" + archivedFolders.get(0).path("id").asText() + "/list")
            .path("lists")
            .get(0)
            .path("id")
            .asText();
    String spaceList =
        json("/api/v2/space/" + spaces.get(0).path("id").asText() + "/list")
            .path("lists")
            .get(0)
            .path("id")
            .asText();

    assertThat(teamTasks).hasSizeGreaterThan(50).doesNotContain(inFolder, inSpace);
    assertThat(spaces).hasSize(1);
    assertThat(spaces.get(0).path("archived").asBoolean()).isTrue();
    assertThat(folders.path("folders")).isEmpty();
    assertThat(archivedFolders).hasSize(1);
    assertThat(taskIds("/api/v2/list/" + folderList + "/task")).containsExactly(inFolder);
    assertThat(taskIds("/api/v2/list/" + spaceList + "/task")).containsExactly(inSpace);
  }

  @Test
  void spentWindow_opensAgainAtTheReportedReset() throws Exception {
    standIn.close();
    standIn =
        ClickUpStandIn.start(
            ClickUpStandInConfig.defaults().withRateLimit(2, java.time.Duration.ofSeconds(1)));
    token = standIn.issueToken();
    get("/api/v2/team", token);
    get("/api/v2/team", token);
    HttpResponse<String> refused = get("/api/v2/team", token);
    long reset = Long.parseLong(refused.headers().firstValue("X-RateLimit-Reset").orElseThrow());

    Thread.sleep(Math.max(0, reset * 1000 - System.currentTimeMillis()));
    HttpResponse<String> after = get("/api/v2/team", token);

    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(after.statusCode()).isEqualTo(200);
    assertThat(after.headers().firstValue("X-RateLimit-Remaining")).contains("1");
    assertThat(Long.parseLong(after.headers().firstValue("X-RateLimit-Reset").orElseThrow()))
        .isGreaterThanOrEqualTo(reset);
  }

  @Test
  void missingAndRevokedTokens_answer401WithTheirOauthCodes() throws Exception {
    standIn.revokeToken(token);

    assertThat(MAPPER.readTree(get("/api/v2/team", null).body()).path("ECODE").asText())
        .isEqualTo("OAUTH_017");
    assertThat(MAPPER.readTree(get("/api/v2/team", token).body()).path("ECODE").asText())
        .isEqualTo("OAUTH_025");
  }

  @Test
  void deletedTask_answers404Item013() throws Exception {
    String id = standIn.generatedTaskId(0, 3);
    standIn.deleteTask(id);

    HttpResponse<String> r = get("/api/v2/task/" + id, token);

    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(MAPPER.readTree(r.body()).path("ECODE").asText()).isEqualTo("ITEM_013");
  }

  @Test
  void failingWebhookTarget_isTriedFiveTimesThenTheEventIsDropped() throws Exception {
    java.util.concurrent.atomic.AtomicInteger attempts =
        new java.util.concurrent.atomic.AtomicInteger();
    com.sun.net.httpserver.HttpServer target =
        com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
    target.createContext(
        "/hook",
        exchange -> {
          attempts.incrementAndGet();
          exchange.getRequestBody().readAllBytes();
          exchange.sendResponseHeaders(500, -1);
          exchange.close();
        });
    target.start();
    String body =
        "{\"endpoint\":\"http://127.0.0.1:"
            + target.getAddress().getPort()
            + "/hook\",\"events\":[\"*\"]}";
    http.send(
        HttpRequest.newBuilder(
                URI.create(standIn.baseUrl() + "/api/v2/team/" + standIn.teamId(0) + "/webhook"))
            .header("Authorization", token)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());

    standIn.updateTask(standIn.generatedTaskId(0, 1), "renamed");
    target.stop(0);

    assertThat(attempts.get()).isEqualTo(5);
    assertThat(standIn.webhooksDropped()).isEqualTo(1);
    assertThat(standIn.webhooksDelivered()).isZero();
  }

  @Test
  void largeWorkspace_pagesWithoutHoldingItInMemory() throws Exception {
    standIn.close();
    standIn =
        ClickUpStandIn.start(
            ClickUpStandInConfig.defaults()
                .withWorkspace(1, 200_000)
                .withRateLimitPerMinute(10_000));
    token = standIn.issueToken();

    JsonNode page =
        json(
            "/api/v2/team/"
                + standIn.teamId(0)
                + "/task?page=1500&include_closed=true&subtasks=true");

    assertThat(page.path("tasks")).hasSize(100);
    assertThat(page.path("last_page").asBoolean()).isFalse();
  }
}
