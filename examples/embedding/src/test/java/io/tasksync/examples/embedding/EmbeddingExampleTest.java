package io.tasksync.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tasksync.adapter.linear.LinearAdapters;
import io.tasksync.adapter.linear.LinearConfig;
import io.tasksync.application.connect.StateSigningKey;
import io.tasksync.application.memory.InMemoryProviderStateStore;
import io.tasksync.application.sync.Schedule;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.OrganizationId;
import io.tasksync.domain.Provider;
import io.tasksync.domain.Task;
import io.tasksync.domain.TaskKey;
import io.tasksync.port.in.ConnectCallback;
import io.tasksync.port.in.ConnectResult;
import io.tasksync.sandbox.linear.LinearStandIn;
import io.tasksync.sandbox.linear.LinearStandInConfig;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javax.crypto.KeyGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The embedding example end to end against the Linear stand-in: connect, initial import, a signed
 * webhook delivery, and the incremental sync it brings. Polling runs every 5 minutes here, so only
 * the webhook can bring the change in time.
 */
class EmbeddingExampleTest {

  private static final OrganizationId ORG = OrganizationId.of("acme");
  private static final String BROWSER = "binding-cookie-of-the-users-browser";

  private LinearStandIn linear;
  private EmbeddedTaskSync taskSync;
  private WebhookEndpoint endpoint;

  @BeforeEach
  void start() throws Exception {
    int port = freePort();
    URI base = URI.create("http://127.0.0.1:" + port);
    LinearStandInConfig sandbox = LinearStandInConfig.defaults().withWorkspace(7, 40);
    linear =
        LinearStandIn.start(
            sandbox.withWebhook(base.resolve("/webhooks/linear"), sandbox.webhookSecret()));

    Clock clock = Clock.systemUTC();
    LinearConfig config =
        LinearConfig.defaults(
                sandbox.clientId(), sandbox.clientSecret(), base.resolve("/oauth/linear/callback"))
            .withBaseUrls(linear.baseUrl(), linear.baseUrl());
    var settings =
        new EmbeddedTaskSync.Settings(
            new AesGcmTokenCipher("key-1", KeyGenerator.getInstance("AES").generateKey()),
            StateSigningKey.of(randomBytes(32)),
            base,
            Map.of(Provider.LINEAR, sandbox.webhookSecret()),
            new Schedule(2, Duration.ofMinutes(5), Duration.ofHours(6), Duration.ofMillis(200)));
    taskSync =
        new EmbeddedTaskSync(
            List.of(LinearAdapters.create(config, clock).connector()),
            new InMemoryProviderStateStore(),
            settings,
            clock);
    endpoint = new WebhookEndpoint(port, taskSync.webhooks());
  }

  @AfterEach
  void stop() {
    endpoint.close();
    taskSync.close();
    linear.close();
  }

  @Test
  void connect_import_webhook_incrementalSync() throws Exception {
    URI consent = taskSync.connect().begin(ORG, Provider.LINEAR, BROWSER).orElseThrow();
    Map<String, String> callback = query(ConsentForms.approve(HttpClient.newHttpClient(), consent));
    ConnectResult connected =
        taskSync
            .connect()
            .complete(
                new ConnectCallback(
                    Provider.LINEAR,
                    callback.get("code"),
                    callback.get("state"),
                    callback.get("error"),
                    BROWSER));

    assertThat(connected.succeeded()).as(connected.errorCode()).isTrue();
    IntegrationId id = connected.integrationId();
    long live = IntStream.range(0, linear.issueCount()).filter(i -> !linear.isArchived(i)).count();
    await().atMost(Duration.ofSeconds(30)).until(() -> taskSync.tasks().countActive(id) == live);

    String issue = linear.issueId(firstLiveIssue());
    int deliveriesBefore = linear.webhookDeliveries();
    linear.renameIssue(issue, "Renamed at Linear");

    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                taskSync
                    .tasks()
                    .get(new TaskKey(id, issue))
                    .map(Task::title)
                    .filter("Renamed at Linear"::equals)
                    .isPresent());
    assertThat(linear.webhookDeliveries()).isGreaterThan(deliveriesBefore);
  }

  private int firstLiveIssue() {
    return IntStream.range(0, linear.issueCount())
        .filter(i -> !linear.isArchived(i))
        .findFirst()
        .orElseThrow();
  }

  private static Map<String, String> query(URI uri) {
    Map<String, String> params = new HashMap<>();
    for (String pair : uri.getRawQuery().split("&")) {
      int eq = pair.indexOf('=');
      params.put(
          pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return params;
  }

  private static byte[] randomBytes(int n) {
    byte[] bytes = new byte[n];
    new SecureRandom().nextBytes(bytes);
    return bytes;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
