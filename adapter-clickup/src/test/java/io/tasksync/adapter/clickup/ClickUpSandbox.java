package io.tasksync.adapter.clickup;

import io.tasksync.domain.EncryptedCredentials;
import io.tasksync.domain.Integration;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.OrganizationId;
import io.tasksync.domain.Provider;
import io.tasksync.sandbox.clickup.ClickUpStandIn;
import io.tasksync.sandbox.clickup.ClickUpStandInConfig;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

/** A stand-in and adapters pointed at it, for one test. */
final class ClickUpSandbox implements AutoCloseable {

  static final Instant TIME_SINCE = Instant.parse("2023-01-01T00:00:00Z");

  final ClickUpStandIn standIn;
  final ClickUpConfig config;
  final ClickUpAdapters adapters;
  final Integration integration =
      Integration.connected(
          IntegrationId.of("int-clickup"),
          OrganizationId.of("org-1"),
          Provider.CLICKUP,
          new EncryptedCredentials("k1", "sealed"),
          List.of(),
          Instant.parse("2026-01-01T00:00:00Z"));

  private ClickUpSandbox(
      ClickUpStandInConfig standInConfig,
      int adapterLimit,
      boolean includeArchived,
      UnaryOperator<ClickUpConfig> adjust) {
    this.standIn = ClickUpStandIn.start(standInConfig);
    ClickUpConfig base =
        ClickUpConfig.defaults(
                "sandbox-client", "sandbox-secret", URI.create("http://127.0.0.1:1/callback"))
            .withBaseUrls(standIn.baseUrl(), standIn.baseUrl())
            .withRequestsPerMinute(adapterLimit, Duration.ofSeconds(3))
            .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2))
            .withIncludeArchived(includeArchived)
            .withTimeTracking(true, TIME_SINCE, Duration.ofDays(365));
    this.config = adjust.apply(base);
    this.adapters = ClickUpAdapters.create(config, Clock.systemUTC());
  }

  /** Two workspaces of 250 tasks each, limits high enough not to slow tests down. */
  static ClickUpSandbox fast() {
    return new ClickUpSandbox(
        ClickUpStandInConfig.defaults().withWorkspace(2, 250).withRateLimitPerMinute(10_000),
        10_000,
        true,
        c -> c);
  }

  static ClickUpSandbox with(
      ClickUpStandInConfig standInConfig, int adapterLimit, boolean includeArchived) {
    return new ClickUpSandbox(standInConfig, adapterLimit, includeArchived, c -> c);
  }

  /** As {@link #with}, the adapter's settings then changed by {@code adjust}. */
  static ClickUpSandbox with(
      ClickUpStandInConfig standInConfig,
      int adapterLimit,
      boolean includeArchived,
      UnaryOperator<ClickUpConfig> adjust) {
    return new ClickUpSandbox(standInConfig, adapterLimit, includeArchived, adjust);
  }

  ClickUpTaskProvider provider() {
    return (ClickUpTaskProvider) adapters.taskProvider();
  }

  @Override
  public void close() {
    standIn.close();
  }
}
