package io.tasksync.sandbox.linear;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link LinearStandIn} behaves: port, the seeded workspace, Linear's rate limits, token
 * lifetime, the accepted OAuth client and an optional webhook target.
 *
 * @param port the port to listen on; 0 picks a free one
 * @param seed the seed the workspace is generated from
 * @param issueCount how many issues the generated workspace holds
 * @param requestsLimit requests per {@code limitPeriod} and token (Linear: 5,000 an hour)
 * @param complexityLimit complexity points per {@code limitPeriod} and token (Linear OAuth apps:
 *     2,000,000 an hour)
 * @param limitPeriod the period both leaky buckets refill over
 * @param maxQueryComplexity the most one query may cost (Linear: 10,000)
 * @param accessTokenLifetime how long an access token lives (Linear: 24 hours)
 * @param clientId the accepted OAuth client id
 * @param clientSecret the accepted OAuth client secret
 * @param webhookUrl where issue changes are delivered, or null for none
 * @param webhookSecret the signing secret of those deliveries
 */
public record LinearStandInConfig(
    int port,
    long seed,
    int issueCount,
    long requestsLimit,
    long complexityLimit,
    Duration limitPeriod,
    int maxQueryComplexity,
    Duration accessTokenLifetime,
    String clientId,
    String clientSecret,
    URI webhookUrl,
    String webhookSecret) {

  public LinearStandInConfig {
    if (port < 0 || issueCount < 0 || requestsLimit < 1 || complexityLimit < 1) {
      throw new IllegalArgumentException(
          "port and issueCount must not be negative, limits must be positive");
    }
    Objects.requireNonNull(limitPeriod, "limitPeriod");
    Objects.requireNonNull(accessTokenLifetime, "accessTokenLifetime");
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(clientSecret, "clientSecret");
    Objects.requireNonNull(webhookSecret, "webhookSecret");
  }

  /** Any free port, seed 42, 120 issues, Linear's documented limits for OAuth apps. */
  public static LinearStandInConfig defaults() {
    return new LinearStandInConfig(
        0,
        42L,
        120,
        5_000,
        2_000_000,
        Duration.ofHours(1),
        10_000,
        Duration.ofSeconds(86_399),
        "sandbox-client",
        "sandbox-secret",
        null,
        "sandbox-webhook-secret");
  }

  public LinearStandInConfig withPort(int newPort) {
    return new LinearStandInConfig(
        newPort,
        seed,
        issueCount,
        requestsLimit,
        complexityLimit,
        limitPeriod,
        maxQueryComplexity,
        accessTokenLifetime,
        clientId,
        clientSecret,
        webhookUrl,
        webhookSecret);
  }

  public LinearStandInConfig withWorkspace(long newSeed, int newIssueCount) {
    return new LinearStandInConfig(
        port,
        newSeed,
        newIssueCount,
        requestsLimit,
        complexityLimit,
        limitPeriod,
        maxQueryComplexity,
        accessTokenLifetime,
        clientId,
        clientSecret,
        webhookUrl,
        webhookSecret);
  }

  public LinearStandInConfig withLimits(long requests, long complexity, Duration period) {
    return new LinearStandInConfig(
        port,
        seed,
        issueCount,
        requests,
        complexity,
        period,
        maxQueryComplexity,
        accessTokenLifetime,
        clientId,
        clientSecret,
        webhookUrl,
        webhookSecret);
  }

  public LinearStandInConfig withAccessTokenLifetime(Duration lifetime) {
    return new LinearStandInConfig(
        port,
        seed,
        issueCount,
        requestsLimit,
        complexityLimit,
        limitPeriod,
        maxQueryComplexity,
        lifetime,
        clientId,
        clientSecret,
        webhookUrl,
        webhookSecret);
  }

  public LinearStandInConfig withWebhook(URI url, String secret) {
    return new LinearStandInConfig(
        port,
        seed,
        issueCount,
        requestsLimit,
        complexityLimit,
        limitPeriod,
        maxQueryComplexity,
        accessTokenLifetime,
        clientId,
        clientSecret,
        url,
        secret);
  }

  @Override
  public String toString() {
    return "LinearStandInConfig[port="
        + port
        + ", seed="
        + seed
        + ", issueCount="
        + issueCount
        + ", requestsLimit="
        + requestsLimit
        + ", complexityLimit="
        + complexityLimit
        + ", limitPeriod="
        + limitPeriod
        + ", clientId="
        + clientId
        + ", clientSecret=<redacted>, webhookUrl="
        + webhookUrl
        + ", webhookSecret=<redacted>]";
  }
}
