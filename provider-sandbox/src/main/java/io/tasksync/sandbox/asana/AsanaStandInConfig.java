package io.tasksync.sandbox.asana;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How the Asana stand-in behaves.
 *
 * @param port the port to listen on, 0 for any free port
 * @param seed the seed the workspace is generated from
 * @param taskCount how many tasks the generated workspace holds (generated lazily)
 * @param requestsPerMinute the per-token rate limit (Asana's paid plans: 1,500; free: 150)
 * @param concurrentRequests how many API requests of one token may be in flight at once (Asana: 50
 *     GETs); one more is answered 429 with Retry-After, as Asana does
 * @param tokenLifetime how long an access token lives (Asana: one hour)
 * @param offsetLifetime how long a pagination offset token stays valid
 * @param clientId the one OAuth client the stand-in accepts
 * @param clientSecret that client's secret
 * @param webhookTarget where to deliver webhooks instead of the registered target, or null
 */
public record AsanaStandInConfig(
    int port,
    long seed,
    int taskCount,
    int requestsPerMinute,
    int concurrentRequests,
    Duration tokenLifetime,
    Duration offsetLifetime,
    String clientId,
    String clientSecret,
    URI webhookTarget) {

  public AsanaStandInConfig {
    if (port < 0 || taskCount < 0 || requestsPerMinute < 1 || concurrentRequests < 1) {
      throw new IllegalArgumentException(
          "port and taskCount must not be negative, requestsPerMinute and concurrentRequests at"
              + " least 1");
    }
    Objects.requireNonNull(tokenLifetime, "tokenLifetime");
    Objects.requireNonNull(offsetLifetime, "offsetLifetime");
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(clientSecret, "clientSecret");
  }

  /**
   * Any free port, seed 42, 1,000 tasks, the paid rate limit, 50 requests in flight, one-hour
   * tokens.
   */
  public static AsanaStandInConfig defaults() {
    return new AsanaStandInConfig(
        0,
        42,
        1000,
        1500,
        50,
        Duration.ofHours(1),
        Duration.ofMinutes(30),
        "sandbox-client",
        "sandbox-secret",
        null);
  }

  public AsanaStandInConfig withPort(int newPort) {
    return new AsanaStandInConfig(
        newPort,
        seed,
        taskCount,
        requestsPerMinute,
        concurrentRequests,
        tokenLifetime,
        offsetLifetime,
        clientId,
        clientSecret,
        webhookTarget);
  }

  public AsanaStandInConfig withTaskCount(int newTaskCount) {
    return new AsanaStandInConfig(
        port,
        seed,
        newTaskCount,
        requestsPerMinute,
        concurrentRequests,
        tokenLifetime,
        offsetLifetime,
        clientId,
        clientSecret,
        webhookTarget);
  }

  public AsanaStandInConfig withRequestsPerMinute(int newLimit) {
    return new AsanaStandInConfig(
        port,
        seed,
        taskCount,
        newLimit,
        concurrentRequests,
        tokenLifetime,
        offsetLifetime,
        clientId,
        clientSecret,
        webhookTarget);
  }

  public AsanaStandInConfig withConcurrentRequests(int newLimit) {
    return new AsanaStandInConfig(
        port,
        seed,
        taskCount,
        requestsPerMinute,
        newLimit,
        tokenLifetime,
        offsetLifetime,
        clientId,
        clientSecret,
        webhookTarget);
  }

  public AsanaStandInConfig withWebhookTarget(URI newTarget) {
    return new AsanaStandInConfig(
        port,
        seed,
        taskCount,
        requestsPerMinute,
        concurrentRequests,
        tokenLifetime,
        offsetLifetime,
        clientId,
        clientSecret,
        newTarget);
  }

  @Override
  public String toString() {
    return "AsanaStandInConfig[port="
        + port
        + ", seed="
        + seed
        + ", taskCount="
        + taskCount
        + ", requestsPerMinute="
        + requestsPerMinute
        + ", concurrentRequests="
        + concurrentRequests
        + ", tokenLifetime="
        + tokenLifetime
        + ", clientId="
        + clientId
        + ", clientSecret=<redacted>, webhookTarget="
        + webhookTarget
        + "]";
  }
}
