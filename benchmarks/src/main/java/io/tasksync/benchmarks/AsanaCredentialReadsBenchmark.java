package io.tasksync.benchmarks;

import io.tasksync.adapter.asana.AsanaAdapters;
import io.tasksync.adapter.asana.AsanaConfig;
import io.tasksync.application.CredentialService;
import io.tasksync.application.Sleeper;
import io.tasksync.application.SyncObserver;
import io.tasksync.application.SyncSettings;
import io.tasksync.application.SyncTasksService;
import io.tasksync.application.memory.InMemoryIntegrationStore;
import io.tasksync.application.memory.InMemorySyncStateStore;
import io.tasksync.domain.EncryptedCredentials;
import io.tasksync.domain.Integration;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.OAuthTokens;
import io.tasksync.domain.OrganizationId;
import io.tasksync.domain.Provider;
import io.tasksync.domain.RunKind;
import io.tasksync.port.in.SyncReport;
import io.tasksync.port.in.SyncTasksCommand;
import io.tasksync.port.out.TokenCipher;
import io.tasksync.sandbox.asana.AsanaStandIn;
import io.tasksync.sandbox.asana.AsanaStandInConfig;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How often the integration document is read during a full Asana import when the sync's tokens come
 * from the {@link CredentialService} (as in the app) rather than a fixed token: reads of the
 * integration against requests to the provider. The stand-in serves at Asana's paid rate limit
 * (1,500 requests/min); the import goes into the in-memory task store. Argument: task count
 * (default {@code 10000}).
 */
public final class AsanaCredentialReadsBenchmark {

  private static final Logger log = LoggerFactory.getLogger(AsanaCredentialReadsBenchmark.class);
  private static final int RATE = 1500;

  private AsanaCredentialReadsBenchmark() {}

  /** Keeps tokens in memory under a random handle; stands in for the AEAD cipher. */
  private static final class HandleCipher implements TokenCipher {
    private final Map<String, OAuthTokens> sealed = new ConcurrentHashMap<>();

    @Override
    public EncryptedCredentials seal(OAuthTokens tokens, IntegrationId integrationId) {
      String handle = UUID.randomUUID().toString();
      sealed.put(handle, tokens);
      return new EncryptedCredentials("bench", handle);
    }

    @Override
    public OAuthTokens open(EncryptedCredentials credentials, IntegrationId integrationId) {
      return sealed.get(credentials.ciphertext());
    }
  }

  public static void main(String[] args) {
    int tasks = args.length > 0 ? Integer.parseInt(args[0].trim()) : 10_000;
    try (AsanaStandIn standIn =
        AsanaStandIn.start(
            AsanaStandInConfig.defaults().withTaskCount(tasks).withRequestsPerMinute(RATE))) {
      AsanaConfig config =
          AsanaConfig.defaults(
                  "sandbox-client", "sandbox-secret", URI.create("http://127.0.0.1/cb"))
              .withBaseUrls(standIn.baseUrl(), standIn.apiBaseUrl())
              .withRequestsPerMinute(RATE);
      AsanaAdapters asana = AsanaAdapters.create(config, Clock.systemUTC());
      CountingIntegrationReads integrations =
          new CountingIntegrationReads(new InMemoryIntegrationStore());
      HandleCipher cipher = new HandleCipher();
      IntegrationId id = IntegrationId.of("bench-credentials-" + tasks);
      AsanaStandIn.Grant grant = standIn.issueGrant();
      OAuthTokens tokens =
          new OAuthTokens(
              grant.accessToken(),
              grant.refreshToken(),
              Instant.now().plus(Duration.ofHours(1)),
              "default");
      integrations.save(
          Integration.connected(
              id,
              OrganizationId.of("bench"),
              Provider.ASANA,
              cipher.seal(tokens, id),
              List.of("default"),
              Instant.now()));
      CredentialService credentials =
          new CredentialService(
              integrations,
              cipher,
              List.of(asana.oauthClient()),
              Clock.systemUTC(),
              Duration.ofMinutes(5));
      SyncTasksService sync =
          new SyncTasksService(
              integrations,
              new InMemorySyncStateStore(),
              new AsanaCountingTaskStore(),
              List.of(asana.taskProvider()),
              credentials,
              SyncSettings.defaults("bench"),
              Clock.systemUTC(),
              Sleeper.REAL,
              SyncObserver.NONE);
      integrations.reset();
      long started = System.nanoTime();
      SyncReport report = sync.sync(new SyncTasksCommand(id, RunKind.INITIAL));
      double seconds = (System.nanoTime() - started) / 1e9;
      log.info("| tasks | outcome | s | provider requests | integration reads |");
      log.info(
          String.format(
              Locale.ROOT,
              "| %,d | %s | %.1f | %,d | %,d |",
              report.progress().fetched(),
              report.outcome(),
              seconds,
              standIn.requestCount(),
              integrations.reads()));
    }
  }
}
