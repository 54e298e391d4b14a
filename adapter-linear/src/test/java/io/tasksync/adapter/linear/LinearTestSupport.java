package io.tasksync.adapter.linear;

import io.tasksync.domain.EncryptedCredentials;
import io.tasksync.domain.Integration;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.OrganizationId;
import io.tasksync.domain.Provider;
import io.tasksync.sandbox.linear.LinearStandIn;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Shared set-up of the Linear adapter tests. */
final class LinearTestSupport {

  static final URI REDIRECT = URI.create("http://127.0.0.1:9/oauth/callback/linear");

  private LinearTestSupport() {}

  static LinearConfig configFor(LinearStandIn standIn) {
    return LinearConfig.defaults("sandbox-client", "sandbox-secret", REDIRECT)
        .withBaseUrls(standIn.baseUrl(), standIn.baseUrl())
        .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5));
  }

  static LinearAdapters adapters(LinearConfig config) {
    return LinearAdapters.create(config, Clock.systemUTC(), d -> Thread.sleep(d.toMillis()));
  }

  static Integration integration() {
    return Integration.connected(
        IntegrationId.of("int-linear-1"),
        OrganizationId.of("org-1"),
        Provider.LINEAR,
        new EncryptedCredentials("k1", "sealed"),
        List.of("read"),
        Instant.parse("2026-01-01T00:00:00Z"));
  }
}
