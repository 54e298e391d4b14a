package io.tasksync.benchmarks;

import io.tasksync.adapter.asana.AsanaAdapters;
import io.tasksync.adapter.asana.AsanaConfig;
import io.tasksync.adapter.clickup.ClickUpAdapters;
import io.tasksync.adapter.clickup.ClickUpConfig;
import io.tasksync.adapter.linear.LinearAdapters;
import io.tasksync.adapter.linear.LinearConfig;
import io.tasksync.domain.OAuthTokens;
import io.tasksync.domain.Provider;
import io.tasksync.port.out.OAuthClient;
import io.tasksync.port.out.ProviderCallObserver;
import io.tasksync.port.out.ProviderStateStore;
import io.tasksync.port.out.TaskProvider;
import io.tasksync.sandbox.StandIn;
import io.tasksync.sandbox.asana.AsanaStandIn;
import io.tasksync.sandbox.asana.AsanaStandInConfig;
import io.tasksync.sandbox.clickup.ClickUpStandIn;
import io.tasksync.sandbox.clickup.ClickUpStandInConfig;
import io.tasksync.sandbox.linear.LinearStandIn;
import io.tasksync.sandbox.linear.LinearStandInConfig;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * One provider's stand-in with a generated workspace and the real adapters pointed at it, with a
 * fresh grant.
 *
 * @param tokenLifetime how long the provider's access tokens live, or null when they do not expire
 * @param shape what the workspace holds, for the report
 */
record ProviderRig(
    Provider provider,
    StandIn standIn,
    TaskProvider taskProvider,
    OAuthClient oauth,
    OAuthTokens tokens,
    Duration tokenLifetime,
    String shape)
    implements AutoCloseable {

  private static final URI REDIRECT = URI.create("http://127.0.0.1:1/cb");

  /**
   * Starts the stand-in of {@code provider} with {@code tasks} tasks; {@code raisedLimits} lifts
   * its rate limit (counts of requests do not depend on it, only the time they take).
   */
  static ProviderRig start(
      Provider provider,
      int tasks,
      boolean raisedLimits,
      ProviderCallObserver observer,
      ProviderStateStore state) {
    switch (provider) {
      case ASANA:
        return asana(tasks, raisedLimits ? 60_000 : 1_500, observer, state);
      case CLICKUP:
        return clickUp(tasks, raisedLimits ? 60_000 : 100, observer, state);
      default:
        return linear(tasks, raisedLimits, observer);
    }
  }

  private static ProviderRig asana(
      int tasks, int rpm, ProviderCallObserver observer, ProviderStateStore state) {
    AsanaStandIn standIn =
        AsanaStandIn.start(
            AsanaStandInConfig.defaults().withTaskCount(tasks).withRequestsPerMinute(rpm));
    AsanaAdapters adapters =
        AsanaAdapters.create(
            AsanaConfig.defaults("sandbox-client", "sandbox-secret", REDIRECT)
                .withBaseUrls(standIn.baseUrl(), standIn.apiBaseUrl())
                .withRequestsPerMinute(rpm),
            Clock.systemUTC(),
            observer,
            state);
    AsanaStandIn.Grant grant = standIn.issueGrant();
    Duration lifetime = standIn.config().tokenLifetime();
    return new ProviderRig(
        Provider.ASANA,
        standIn,
        adapters.taskProvider(),
        adapters.oauthClient(),
        new OAuthTokens(
            grant.accessToken(), grant.refreshToken(), Instant.now().plus(lifetime), null),
        lifetime,
        standIn.projectCount() + " projects, " + standIn.userCount() + " users");
  }

  private static ProviderRig clickUp(
      int tasks, int rpm, ProviderCallObserver observer, ProviderStateStore state) {
    ClickUpStandIn standIn =
        ClickUpStandIn.start(
            ClickUpStandInConfig.defaults().withWorkspace(1, tasks).withRateLimitPerMinute(rpm));
    ClickUpAdapters adapters =
        ClickUpAdapters.create(
            ClickUpConfig.defaults("sandbox-client", "sandbox-secret", REDIRECT)
                .withBaseUrls(standIn.baseUrl(), standIn.baseUrl())
                .withRequestsPerMinute(rpm, Duration.ofSeconds(90))
                .withIncludeArchived(true),
            Clock.systemUTC(),
            observer,
            state);
    return new ProviderRig(
        Provider.CLICKUP,
        standIn,
        adapters.taskProvider(),
        adapters.oauthClient(),
        new OAuthTokens(standIn.issueToken(), null, null, null),
        null,
        "1 workspace");
  }

  private static ProviderRig linear(int tasks, boolean raised, ProviderCallObserver observer) {
    LinearStandInConfig config = LinearStandInConfig.defaults().withWorkspace(42, tasks);
    if (raised) {
      config = config.withLimits(1_000_000_000L, 1_000_000_000_000L, Duration.ofHours(1));
    }
    LinearStandIn standIn = LinearStandIn.start(config);
    LinearAdapters adapters =
        LinearAdapters.create(
            LinearConfig.defaults("sandbox-client", "sandbox-secret", REDIRECT)
                .withBaseUrls(standIn.baseUrl(), standIn.baseUrl()),
            Clock.systemUTC(),
            observer);
    LinearStandIn.Tokens t = standIn.issueToken();
    return new ProviderRig(
        Provider.LINEAR,
        standIn,
        adapters.taskProvider(),
        adapters.oauthClient(),
        new OAuthTokens(
            t.accessToken(),
            t.refreshToken(),
            Instant.now().plusSeconds(t.expiresInSeconds()),
            null),
        Duration.ofSeconds(t.expiresInSeconds()),
        "1 organization");
  }

  @Override
  public void close() {
    standIn.close();
  }
}
