package io.tasksync.adapter.clickup;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Settings of the ClickUp adapter.
 *
 * @param clientId the OAuth app's client id
 * @param clientSecret the OAuth app's client secret (hidden by {@link #toString()})
 * @param redirectUri the redirect URI registered with the app
 * @param authBaseUrl the app host serving the consent page at {@code /api}
 *     (https://app.clickup.com)
 * @param apiBaseUrl the API host serving {@code /api/v2/...} (https://api.clickup.com)
 * @param requestsPerMinute the plan's limit per token: 100 (Free to Business), 1,000 (Business
 *     Plus) or 10,000 (Enterprise)
 * @param maxRateLimitWait the longest wait for a rate-limit reset before giving up on a request
 * @param connectTimeout connection timeout
 * @param requestTimeout whole-request timeout
 * @param includeArchived whether tasks in archived lists, folders and spaces are imported too
 * @param importTimeTracked whether time tracked is summed from the workspace's time entries (needs
 *     a workspace owner or admin, who alone may read other members' entries)
 * @param timeEntriesSince the earliest time entry looked for (ClickUp launched in 2017)
 * @param timeEntriesWindow the date range asked for in one time-entries request
 * @param incrementalOverlap how far before the high-water mark an incremental run starts
 * @param rawPayloadMaxBytes the bound of the raw payload kept per task
 * @param rateLimitReserve requests of the server's window left unused, for other callers of the
 *     same token (webhook registration, the app's own calls)
 * @param readAheadPages how many pages the listing requests ahead of the caller (at most 100 tasks
 *     each held in memory), so that the request budget is not left idle while the caller stores
 */
public record ClickUpConfig(
    String clientId,
    String clientSecret,
    URI redirectUri,
    URI authBaseUrl,
    URI apiBaseUrl,
    int requestsPerMinute,
    Duration maxRateLimitWait,
    Duration connectTimeout,
    Duration requestTimeout,
    boolean includeArchived,
    boolean importTimeTracked,
    Instant timeEntriesSince,
    Duration timeEntriesWindow,
    Duration incrementalOverlap,
    int rawPayloadMaxBytes,
    int rateLimitReserve,
    int readAheadPages) {

  /** The deepest read-ahead accepted: memory holds at most this many pages of 100 tasks. */
  public static final int MAX_READ_AHEAD_PAGES = 16;

  public ClickUpConfig {
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(clientSecret, "clientSecret");
    Objects.requireNonNull(redirectUri, "redirectUri");
    Objects.requireNonNull(authBaseUrl, "authBaseUrl");
    Objects.requireNonNull(apiBaseUrl, "apiBaseUrl");
    Objects.requireNonNull(maxRateLimitWait, "maxRateLimitWait");
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(requestTimeout, "requestTimeout");
    Objects.requireNonNull(timeEntriesSince, "timeEntriesSince");
    Objects.requireNonNull(timeEntriesWindow, "timeEntriesWindow");
    Objects.requireNonNull(incrementalOverlap, "incrementalOverlap");
    if (requestsPerMinute < 1) {
      throw new IllegalArgumentException("requestsPerMinute must be at least 1");
    }
    if (timeEntriesWindow.toHours() < 1) {
      throw new IllegalArgumentException("timeEntriesWindow must be at least one hour");
    }
    if (rawPayloadMaxBytes < 1024) {
      throw new IllegalArgumentException("rawPayloadMaxBytes must be at least 1024");
    }
    if (rateLimitReserve < 0) {
      throw new IllegalArgumentException("rateLimitReserve must be at least 0");
    }
    if (readAheadPages < 1 || readAheadPages > MAX_READ_AHEAD_PAGES) {
      throw new IllegalArgumentException(
          "readAheadPages must be between 1 and " + MAX_READ_AHEAD_PAGES);
    }
  }

  /**
   * The real hosts, 100 requests per minute with 2 left in reserve, 4 pages read ahead, time
   * tracked imported, archived lists included.
   */
  public static ClickUpConfig defaults(String clientId, String clientSecret, URI redirectUri) {
    return new ClickUpConfig(
        clientId,
        clientSecret,
        redirectUri,
        URI.create("https://app.clickup.com"),
        URI.create("https://api.clickup.com"),
        100,
        Duration.ofSeconds(90),
        Duration.ofSeconds(10),
        Duration.ofSeconds(60),
        true,
        true,
        Instant.parse("2017-01-01T00:00:00Z"),
        Duration.ofDays(365),
        Duration.ofSeconds(1),
        64 * 1024,
        2,
        4);
  }

  /** Both hosts replaced, e.g. by the sandbox stand-in's base URL. */
  public ClickUpConfig withBaseUrls(URI auth, URI api) {
    return new ClickUpConfig(
        clientId,
        clientSecret,
        redirectUri,
        auth,
        api,
        requestsPerMinute,
        maxRateLimitWait,
        connectTimeout,
        requestTimeout,
        includeArchived,
        importTimeTracked,
        timeEntriesSince,
        timeEntriesWindow,
        incrementalOverlap,
        rawPayloadMaxBytes,
        rateLimitReserve,
        readAheadPages);
  }

  public ClickUpConfig withRequestsPerMinute(int limit, Duration maxWait) {
    return new ClickUpConfig(
        clientId,
        clientSecret,
        redirectUri,
        authBaseUrl,
        apiBaseUrl,
        limit,
        maxWait,
        connectTimeout,
        requestTimeout,
        includeArchived,
        importTimeTracked,
        timeEntriesSince,
        timeEntriesWindow,
        incrementalOverlap,
        rawPayloadMaxBytes,
        rateLimitReserve,
        readAheadPages);
  }

  public ClickUpConfig withTimeouts(Duration connect, Duration request) {
    return new ClickUpConfig(
        clientId,
        clientSecret,
        redirectUri,
        authBaseUrl,
        apiBaseUrl,
        requestsPerMinute,
        maxRateLimitWait,
        connect,
        request,
        includeArchived,
        importTimeTracked,
        timeEntriesSince,
        timeEntriesWindow,
        incrementalOverlap,
        rawPayloadMaxBytes,
        rateLimitReserve,
        readAheadPages);
  }

  public ClickUpConfig withIncludeArchived(boolean include) {
    return new ClickUpConfig(
        clientId,
        clientSecret,
        redirectUri,
        authBaseUrl,
        apiBaseUrl,
        requestsPerMinute,
        maxRateLimitWait,
        connectTimeout,
        requestTimeout,
        include,
        importTimeTracked,
        timeEntriesSince,
        timeEntriesWindow,
        incrementalOverlap,
        rawPayloadMaxBytes,
        rateLimitReserve,
        readAheadPages);
  }

  public ClickUpConfig withTimeTracking(boolean importTime, Instant since, Duration window) {
    return new ClickUpConfig(
        clientId,
        clientSecret,
        redirectUri,
        authBaseUrl,
        apiBaseUrl,
        requestsPerMinute,
        maxRateLimitWait,
        connectTimeout,
        requestTimeout,
        includeArchived,
        importTime,
        since,
        window,
        incrementalOverlap,
        rawPayloadMaxBytes,
        rateLimitReserve,
        readAheadPages);
  }

  /** The reserve kept in the server's window and the pages read ahead of the caller. */
  public ClickUpConfig withPipelining(int reserve, int pagesAhead) {
    return new ClickUpConfig(
        clientId,
        clientSecret,
        redirectUri,
        authBaseUrl,
        apiBaseUrl,
        requestsPerMinute,
        maxRateLimitWait,
        connectTimeout,
        requestTimeout,
        includeArchived,
        importTimeTracked,
        timeEntriesSince,
        timeEntriesWindow,
        incrementalOverlap,
        rawPayloadMaxBytes,
        reserve,
        pagesAhead);
  }

  @Override
  public String toString() {
    return "ClickUpConfig[clientId="
        + clientId
        + ", clientSecret=<redacted>, redirectUri="
        + redirectUri
        + ", authBaseUrl="
        + authBaseUrl
        + ", apiBaseUrl="
        + apiBaseUrl
        + ", requestsPerMinute="
        + requestsPerMinute
        + ", includeArchived="
        + includeArchived
        + ", importTimeTracked="
        + importTimeTracked
        + ", rateLimitReserve="
        + rateLimitReserve
        + ", readAheadPages="
        + readAheadPages
        + "]";
  }
}
