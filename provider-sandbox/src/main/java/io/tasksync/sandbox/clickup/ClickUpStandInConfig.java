package io.tasksync.sandbox.clickup;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How the ClickUp stand-in behaves.
 *
 * @param port the port to listen on, 0 for any free port
 * @param seed the seed the workspaces are generated from
 * @param workspaces how many workspaces (teams) the token owner belongs to
 * @param tasksPerWorkspace generated tasks per workspace (subtasks and closed tasks included)
 * @param membersPerWorkspace members per workspace; member 0 owns the issued tokens
 * @param rateLimitPerMinute requests per token and minute (ClickUp: 100, 1,000 or 10,000)
 * @param clientId the OAuth client id accepted
 * @param clientSecret the OAuth client secret accepted
 * @param webhookTarget where to deliver webhooks registered without an endpoint override, or null
 * @param generatedUntil the latest update time of the generated tasks
 * @param rateLimitWindow the window {@code rateLimitPerMinute} is counted in: ClickUp's minute by
 *     default; shorter only so tests can cross several windows quickly
 */
public record ClickUpStandInConfig(
    int port,
    long seed,
    int workspaces,
    int tasksPerWorkspace,
    int membersPerWorkspace,
    int rateLimitPerMinute,
    String clientId,
    String clientSecret,
    URI webhookTarget,
    Instant generatedUntil,
    Duration rateLimitWindow) {

  public ClickUpStandInConfig {
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(clientSecret, "clientSecret");
    Objects.requireNonNull(generatedUntil, "generatedUntil");
    Objects.requireNonNull(rateLimitWindow, "rateLimitWindow");
    if (rateLimitWindow.toMillis() < 100) {
      throw new IllegalArgumentException("rateLimitWindow must be at least 100 ms");
    }
    if (port < 0 || workspaces < 1 || tasksPerWorkspace < 0 || membersPerWorkspace < 1) {
      throw new IllegalArgumentException(
          "port must be >= 0, workspaces and membersPerWorkspace >= 1, tasksPerWorkspace >= 0");
    }
    if (rateLimitPerMinute < 1) {
      throw new IllegalArgumentException("rateLimitPerMinute must be at least 1");
    }
  }

  /** One workspace of 250 tasks, three members, ClickUp's default 100 requests per minute. */
  public static ClickUpStandInConfig defaults() {
    return new ClickUpStandInConfig(
        0,
        42L,
        1,
        250,
        3,
        100,
        "sandbox-client",
        "sandbox-secret",
        null,
        Instant.parse("2026-01-01T00:00:00Z"),
        Duration.ofMinutes(1));
  }

  public ClickUpStandInConfig withPort(int newPort) {
    return new ClickUpStandInConfig(
        newPort,
        seed,
        workspaces,
        tasksPerWorkspace,
        membersPerWorkspace,
        rateLimitPerMinute,
        clientId,
        clientSecret,
        webhookTarget,
        generatedUntil,
        rateLimitWindow);
  }

  public ClickUpStandInConfig withWorkspace(int count, int tasks) {
    return new ClickUpStandInConfig(
        port,
        seed,
        count,
        tasks,
        membersPerWorkspace,
        rateLimitPerMinute,
        clientId,
        clientSecret,
        webhookTarget,
        generatedUntil,
        rateLimitWindow);
  }

  public ClickUpStandInConfig withSeed(long newSeed) {
    return new ClickUpStandInConfig(
        port,
        newSeed,
        workspaces,
        tasksPerWorkspace,
        membersPerWorkspace,
        rateLimitPerMinute,
        clientId,
        clientSecret,
        webhookTarget,
        generatedUntil,
        rateLimitWindow);
  }

  public ClickUpStandInConfig withRateLimitPerMinute(int limit) {
    return new ClickUpStandInConfig(
        port,
        seed,
        workspaces,
        tasksPerWorkspace,
        membersPerWorkspace,
        limit,
        clientId,
        clientSecret,
        webhookTarget,
        generatedUntil,
        rateLimitWindow);
  }

  /** {@code limit} requests per token in each window of {@code window} (ClickUp: one minute). */
  public ClickUpStandInConfig withRateLimit(int limit, Duration window) {
    return new ClickUpStandInConfig(
        port,
        seed,
        workspaces,
        tasksPerWorkspace,
        membersPerWorkspace,
        limit,
        clientId,
        clientSecret,
        webhookTarget,
        generatedUntil,
        window);
  }

  public ClickUpStandInConfig withWebhookTarget(URI target) {
    return new ClickUpStandInConfig(
        port,
        seed,
        workspaces,
        tasksPerWorkspace,
        membersPerWorkspace,
        rateLimitPerMinute,
        clientId,
        clientSecret,
        target,
        generatedUntil,
        rateLimitWindow);
  }
}
