package io.tasksync.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tasksync.app.config.AppConfig;
import io.tasksync.app.config.FirestoreSettings;
import io.tasksync.app.security.TinkTokenCipher;
import io.tasksync.application.sync.Schedule;
import io.tasksync.domain.Integration;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.OrganizationId;
import io.tasksync.domain.Provider;
import io.tasksync.domain.SyncStatus;
import io.tasksync.domain.TaskKey;
import io.tasksync.port.out.IntegrationStore;
import io.tasksync.port.out.SyncStateStore;
import io.tasksync.port.out.TaskStore;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The secret scan of issue #11: a full demo-like run (Firestore emulator, all three providers
 * connected through their consent, first imports, webhooks, token refreshes), then every Firestore
 * document, every log event at DEBUG and every response the client saw is searched for every token,
 * client secret, webhook secret, API key and Tink key the run used. None may appear.
 */
class SecretScanTest {

  private static final Logger log = LoggerFactory.getLogger(SecretScanTest.class);
  private static final OrganizationId ORG = OrganizationId.of("scan");
  private static final Duration STEP = Duration.ofSeconds(60);

  private final String apiKey = ScanStandIns.random("scan-api-key-");
  private final String keyset = TinkTokenCipher.generateJsonKeyset();
  private final RecordingClient client = new RecordingClient();
  private Application app;

  @Test
  @Timeout(value = 300)
  void fullDemoRun_leavesNoSecretInTheStoreTheLogsOrTheResponses() throws Exception {
    Path jar = Path.of(System.getProperty("firestore.emulator.jar", FirestoreEmulatorJar.PATH));
    assumeTrue(Files.isReadable(jar), "the Firestore emulator jar is not installed at " + jar);
    Path logs = Path.of("target", "secret-scan", UUID.randomUUID().toString().substring(0, 8));
    Files.createDirectories(logs);
    String project = "secret-scan-" + UUID.randomUUID().toString().substring(0, 8);
    int port = ChildJvm.freePort();
    URI base = URI.create("http://127.0.0.1:" + port);
    SecretScan scan;
    long appDebugEvents;
    try (DebugLogCapture capture = new DebugLogCapture();
        FirestoreEmulatorJar emulator = FirestoreEmulatorJar.start(jar, logs);
        ScanStandIns providers = new ScanStandIns(base, 40, 2, 15, 30)) {
      EmulatorDocuments documents = new EmulatorDocuments(emulator.hostAndPort(), project);
      selfCheck(documents, capture);

      AppConfig config =
          new AppConfig(
              port,
              base,
              Map.of(apiKey, ORG),
              keyset,
              providers.providers(),
              new FirestoreSettings(project, null, emulator.hostAndPort()),
              new Schedule(2, Duration.ofHours(1), Duration.ofHours(6), Duration.ofMillis(100)),
              true);
      app = Application.start(config, Main.modulesFor(config));
      try {
        Map<Provider, IntegrationId> ids = connectAll();
        deliverWebhooks(providers, ids);
        refreshTokens(providers, ids);
        readEverything(ids);
      } finally {
        app.close();
      }
      scan =
          new SecretScan(scanner(providers), documents.all(), capture.lines(), client.exchanges());
      appDebugEvents = capture.appDebugEvents();
    }
    log.info("secret scan: {}; {} DEBUG events of io.tasksync", scan.summary(), appDebugEvents);
    assertThat(scan.findings()).as("secrets seen in plaintext or encoded").isEmpty();
  }

  /** The scanner finds a planted secret in a planted document, log line and response. */
  private void selfCheck(EmulatorDocuments documents, DebugLogCapture capture) throws Exception {
    byte[] key = SecretScan.tinkKeyMaterial(keyset).get(0);
    byte[] shifted = new byte[key.length + 1];
    System.arraycopy(key, 0, shifted, 1, key.length);
    documents.put(
        "scan-self-check/planted",
        "{\"outer\":{\"mapValue\":{\"fields\":{\"list\":{\"arrayValue\":{\"values\":["
            + "{\"bytesValue\":\""
            + Base64.getEncoder().encodeToString(shifted)
            + "\"}]}}}}}}");
    LoggerFactory.getLogger("io.tasksync.app.planted").debug("planted line with {}", apiKey);
    RecordingClient.Exchange response =
        new RecordingClient.Exchange("GET /planted", 200, "{}", "{\"k\":\"" + apiKey + "\"}");

    SecretScan planted =
        new SecretScan(
            new SecretScanner().add("API key", apiKey).addBytes("Tink key material", key),
            documents.all(),
            capture.lines(),
            List.of(response));

    assertThat(planted.findings())
        .extracting(Object::toString)
        .anyMatch(
            f -> f.startsWith("Tink key material (base64) in document ") && f.endsWith("/planted"))
        .anyMatch(f -> f.startsWith("API key (plaintext) in log line ") && f.contains("planted"))
        .anyMatch(f -> f.equals("API key (plaintext) in response to GET /planted"))
        .noneMatch(f -> f.contains(apiKey));
    documents.delete("scan-self-check/planted");
    capture.clear();
  }

  private Map<Provider, IntegrationId> connectAll() throws Exception {
    for (String provider : List.of("asana", "clickup", "linear")) {
      HttpResponse<String> authorize = client.send(get("/oauth/" + provider + "/authorize"));
      URI consent = URI.create(authorize.headers().firstValue("Location").orElseThrow());
      URI callback = ConsentForms.approve(client.http, consent);
      HttpResponse<String> landed = client.send(HttpRequest.newBuilder(callback).build());
      assertThat(landed.headers().firstValue("Location").orElseThrow())
          .endsWith("/?connected=" + provider);
    }
    Map<Provider, IntegrationId> ids = new java.util.EnumMap<>(Provider.class);
    for (Integration i : service(IntegrationStore.class).findByOrganization(ORG)) {
      ids.put(i.provider(), i.id());
    }
    assertThat(ids).hasSize(3);
    Instant epoch = Instant.EPOCH;
    ids.values()
        .forEach(id -> await("first import").atMost(STEP).until(() -> succeededAfter(id, epoch)));
    return ids;
  }

  private void deliverWebhooks(ScanStandIns p, Map<Provider, IntegrationId> ids) {
    await("webhooks registered")
        .atMost(STEP)
        .until(() -> !p.asana.webhookSecrets().isEmpty() && p.clickUp.webhookSecrets().size() == 2);
    long asanaBefore = p.asana.webhookDeliveries();
    int clickUpBefore = p.clickUp.webhooksDelivered();
    int linearBefore = p.linear.webhookDeliveries();

    arrives(ids.get(Provider.ASANA), () -> p.asana.createTask(p.asana.projectGid(0), "Scan A"));
    arrives(ids.get(Provider.CLICKUP), () -> p.clickUp.createTask(0, "Scan C0"));
    arrives(ids.get(Provider.CLICKUP), () -> p.clickUp.createTask(1, "Scan C1"));
    arrives(ids.get(Provider.LINEAR), () -> p.linear.createIssue("Scan L"));

    assertThat(p.asana.webhookDeliveries()).isGreaterThan(asanaBefore);
    assertThat(p.clickUp.webhooksDelivered()).isGreaterThan(clickUpBefore);
    assertThat(p.linear.webhookDeliveries()).isGreaterThan(linearBefore);
  }

  private void arrives(IntegrationId id, Supplier<String> change) {
    String externalId = change.get();
    await("a webhook's change arrives")
        .atMost(STEP)
        .until(() -> service(TaskStore.class).get(new TaskKey(id, externalId)).isPresent());
  }

  /**
   * Asana's and Linear's access tokens expire at the stand-in; syncs are asked for until each
   * integration has refreshed (the stand-in issued new tokens) and its run is over.
   */
  private void refreshTokens(ScanStandIns p, Map<Provider, IntegrationId> ids) {
    Map<Provider, Supplier<Integer>> issued =
        Map.of(
            Provider.ASANA, () -> p.asana.issuedTokens().size(),
            Provider.LINEAR, () -> p.linear.issuedTokens().size());
    Map<Provider, Integer> before = new java.util.EnumMap<>(Provider.class);
    issued.forEach((provider, count) -> before.put(provider, count.get()));
    p.asana.expireAccessTokens();
    p.linear.expireAccessTokens();
    issued.forEach(
        (provider, count) -> {
          IntegrationId id = ids.get(provider);
          await(provider + " refreshes its token")
              .atMost(STEP)
              .pollInterval(Duration.ofSeconds(1))
              .until(() -> count.get() > before.get(provider) || askForSync(id));
          await(provider + "'s run after the refresh ends")
              .atMost(STEP)
              .until(() -> !running(id) && count.get() > before.get(provider));
        });
  }

  /** Asks for a sync (refused while one runs); always false, to keep waiting. */
  private boolean askForSync(IntegrationId id) throws Exception {
    client.send(post("/api/integrations/" + id + "/sync"));
    return false;
  }

  private boolean running(IntegrationId id) {
    return service(SyncStateStore.class)
        .get(id)
        .map(s -> s.status() == SyncStatus.RUNNING)
        .orElse(false);
  }

  private void readEverything(Map<Provider, IntegrationId> ids) throws Exception {
    for (String path :
        List.of(
            "/api/integrations",
            "/environment",
            "/metrics",
            "/health",
            "/ready",
            "/session",
            "/api/no-such-route")) {
      client.send(get(path));
    }
    for (IntegrationId id : ids.values()) {
      client.send(get("/api/integrations/" + id + "/sync"));
      client.send(get("/api/tasks?integration=" + id + "&limit=500&includeDeleted=true"));
    }
    client.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/integrations"))
            .header("Authorization", "Bearer wrong-" + apiKey.substring(0, 6))
            .build());
  }

  private SecretScanner scanner(ScanStandIns p) throws Exception {
    SecretScanner scanner =
        new SecretScanner()
            .add("API key", apiKey)
            .add("Asana client secret", p.asanaClientSecret)
            .add("ClickUp client secret", p.clickUpClientSecret)
            .add("Linear client secret", p.linearClientSecret)
            .add("Linear webhook signing secret", p.linearWebhookSecret);
    p.asana.webhookSecrets().forEach(s -> scanner.add("Asana X-Hook-Secret", s));
    p.clickUp.webhookSecrets().forEach(s -> scanner.add("ClickUp webhook secret", s));
    p.asana.issuedTokens().forEach(t -> scanner.add("Asana token", t));
    p.clickUp.issuedTokens().forEach(t -> scanner.add("ClickUp token", t));
    p.linear.issuedTokens().forEach(t -> scanner.add("Linear token", t));
    new ObjectMapper()
        .readTree(keyset)
        .path("key")
        .forEach(k -> scanner.add("Tink keyset value", k.path("keyData").path("value").asText()));
    SecretScan.tinkKeyMaterial(keyset).forEach(k -> scanner.addBytes("Tink key material", k));
    return scanner;
  }

  private boolean succeededAfter(IntegrationId id, Instant after) {
    return service(SyncStateStore.class)
        .get(id)
        .map(s -> s.lastSuccessAt() != null && s.lastSuccessAt().isAfter(after))
        .orElse(false);
  }

  private <T> T service(Class<T> type) {
    return app.injector().getInstance(type);
  }

  private HttpRequest get(String path) {
    return request(path).GET().build();
  }

  private HttpRequest post(String path) {
    return request(path).POST(HttpRequest.BodyPublishers.noBody()).build();
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
        .header("Authorization", "Bearer " + apiKey);
  }
}
