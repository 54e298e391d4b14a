package io.tasksync.adapter.asana;

import io.tasksync.domain.EncryptedCredentials;
import io.tasksync.domain.Integration;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.OrganizationId;
import io.tasksync.domain.Provider;
import io.tasksync.port.out.TokenSource;
import io.tasksync.sandbox.asana.AsanaStandIn;
import io.tasksync.sandbox.asana.AsanaStandInConfig;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A stand-in and an adapter pointed at it, for one test. */
final class AsanaTestBed implements AutoCloseable {

  static final URI REDIRECT = URI.create("http://127.0.0.1:9/callback");

  final AsanaStandIn standIn;
  final AsanaConfig config;
  final AsanaAdapters adapters;
  final Integration integration =
      Integration.connected(
          IntegrationId.of("asana-it"),
          OrganizationId.of("org-1"),
          Provider.ASANA,
          new EncryptedCredentials("k1", "sealed"),
          List.of("default"),
          Instant.parse("2026-01-01T00:00:00Z"));

  private AsanaTestBed(AsanaStandIn standIn, AsanaConfig config) {
    this.standIn = standIn;
    this.config = config;
    this.adapters = AsanaAdapters.create(config, Clock.systemUTC());
  }

  /**
   * A stand-in with {@code tasks} tasks and no effective rate limit, and a fast-failing adapter.
   */
  static AsanaTestBed withTasks(int tasks) {
    AsanaStandIn standIn =
        AsanaStandIn.start(
            AsanaStandInConfig.defaults().withTaskCount(tasks).withRequestsPerMinute(1_000_000));
    return new AsanaTestBed(standIn, configFor(standIn).withRequestsPerMinute(1_000_000));
  }

  static AsanaConfig configFor(AsanaStandIn standIn) {
    return AsanaConfig.defaults("sandbox-client", "sandbox-secret", REDIRECT)
        .withBaseUrls(standIn.baseUrl(), standIn.apiBaseUrl())
        .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(10))
        .withRetries(2, Duration.ofSeconds(2));
  }

  AsanaTestBed reconfigured(AsanaConfig newConfig) {
    return new AsanaTestBed(standIn, newConfig);
  }

  TokenSource tokens() {
    return TokenSource.fixed(standIn.issueGrant().accessToken());
  }

  @Override
  public void close() {
    standIn.close();
  }
}
