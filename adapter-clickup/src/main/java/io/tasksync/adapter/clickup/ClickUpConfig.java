package io.tasksync.adapter.clickup;

import io.tasksync.kit.http.BaseUrls;
import io.tasksync.kit.http.HttpLimits;
import io.tasksync.kit.oauth.OAuthApp;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Settings of the ClickUp adapter, in small groups so that a change touches one of them.
 *
 * @param app the OAuth app registered with ClickUp (its secret hidden by {@code toString})
 * @param urls the app host serving the consent page at {@code /api} (https://app.clickup.com) and
 *     the API host serving {@code /api/v2/...} (https://api.clickup.com)
 * @param budget the plan's request budget and how it is pipelined
 * @param http timeouts; the longest wait for a rate-limit reset and the attempts while limited
 * @param listing what a listing includes
 * @param timeTracking whether and how time tracked is summed
 */
public record ClickUpConfig(
    OAuthApp app,
    BaseUrls urls,
    Budget budget,
    HttpLimits http,
    Listing listing,
    TimeTracking timeTracking) {

  /** The deepest read-ahead accepted: memory holds at most this many pages of 100 tasks. */
  public static final int MAX_READ_AHEAD_PAGES = 16;

  /**
   * @param requestsPerMinute the plan's limit per token: 100 (Free to Business), 1,000 (Business
   *     Plus) or 10,000 (Enterprise)
   * @param rateLimitReserve requests of the server's window left unused, for other callers of the
   *     same token (webhook registration, the app's own calls)
   * @param readAheadPages how many pages the listing requests ahead of the caller (at most 100
   *     tasks each held in memory), so that the budget is not left idle while the caller stores
   */
  public record Budget(int requestsPerMinute, int rateLimitReserve, int readAheadPages) {
    public Budget {
      if (requestsPerMinute < 1) {
        throw new IllegalArgumentException("requestsPerMinute must be at least 1");
      }
      if (rateLimitReserve < 0) {
        throw new IllegalArgumentException("rateLimitReserve must be at least 0");
      }
      if (readAheadPages < 1 || readAheadPages > MAX_READ_AHEAD_PAGES) {
        throw new IllegalArgumentException(
            "readAheadPages must be between 1 and " + MAX_READ_AHEAD_PAGES);
      }
    }
  }

  /**
   * @param includeArchived whether tasks in archived lists, folders and spaces are imported too
   * @param incrementalOverlap how far before the high-water mark an incremental run starts
   * @param rawPayloadMaxBytes the bound of the raw payload kept per task
   */
  public record Listing(
      boolean includeArchived, Duration incrementalOverlap, int rawPayloadMaxBytes) {
    public Listing {
      Objects.requireNonNull(incrementalOverlap, "incrementalOverlap");
      if (rawPayloadMaxBytes < 1024) {
        throw new IllegalArgumentException("rawPayloadMaxBytes must be at least 1024");
      }
    }
  }

  /**
   * @param enabled whether time tracked is summed from the workspace's time entries (needs a
   *     workspace owner or admin, who alone may read other members' entries)
   * @param since the earliest time entry looked for (ClickUp launched in 2017)
   * @param window the date range asked for in one time-entries request
   */
  public record TimeTracking(boolean enabled, Instant since, Duration window) {
    public TimeTracking {
      Objects.requireNonNull(since, "since");
      Objects.requireNonNull(window, "window");
      if (window.toHours() < 1) {
        throw new IllegalArgumentException("timeEntriesWindow must be at least one hour");
      }
    }
  }

  public ClickUpConfig {
    Objects.requireNonNull(app, "app");
    Objects.requireNonNull(urls, "urls");
    Objects.requireNonNull(budget, "budget");
    Objects.requireNonNull(http, "http");
    Objects.requireNonNull(listing, "listing");
    Objects.requireNonNull(timeTracking, "timeTracking");
  }

  /**
   * The real hosts, 100 requests per minute with 2 left in reserve, 4 pages read ahead, rate-limit
   * resets waited for up to 90 s, time tracked imported, archived lists included.
   */
  public static ClickUpConfig defaults(String clientId, String clientSecret, URI redirectUri) {
    return new ClickUpConfig(
        new OAuthApp(clientId, clientSecret, redirectUri),
        new BaseUrls(URI.create("https://app.clickup.com"), URI.create("https://api.clickup.com")),
        new Budget(100, 2, 4),
        new HttpLimits(Duration.ofSeconds(10), Duration.ofSeconds(60), Duration.ofSeconds(90), 3),
        new Listing(true, Duration.ofSeconds(1), 64 * 1024),
        new TimeTracking(true, Instant.parse("2017-01-01T00:00:00Z"), Duration.ofDays(365)));
  }

  /** Both hosts replaced, e.g. by the sandbox stand-in's base URL. */
  public ClickUpConfig withBaseUrls(URI auth, URI api) {
    return new ClickUpConfig(app, new BaseUrls(auth, api), budget, http, listing, timeTracking);
  }

  public ClickUpConfig withBudget(Budget newBudget) {
    return new ClickUpConfig(app, urls, newBudget, http, listing, timeTracking);
  }

  public ClickUpConfig withHttp(HttpLimits limits) {
    return new ClickUpConfig(app, urls, budget, limits, listing, timeTracking);
  }

  public ClickUpConfig withListing(Listing newListing) {
    return new ClickUpConfig(app, urls, budget, http, newListing, timeTracking);
  }

  public ClickUpConfig withTimeTracking(TimeTracking newTimeTracking) {
    return new ClickUpConfig(app, urls, budget, http, listing, newTimeTracking);
  }

  /** The plan's limit, and the longest wait for a rate-limit reset within a request. */
  public ClickUpConfig withRequestsPerMinute(int limit, Duration maxWait) {
    return withBudget(new Budget(limit, budget.rateLimitReserve(), budget.readAheadPages()))
        .withHttp(http.withRateLimit(http.rateLimitedAttempts(), maxWait));
  }

  public ClickUpConfig withTimeouts(Duration connect, Duration request) {
    return withHttp(http.withTimeouts(connect, request));
  }

  public ClickUpConfig withIncludeArchived(boolean include) {
    return withListing(
        new Listing(include, listing.incrementalOverlap(), listing.rawPayloadMaxBytes()));
  }

  public ClickUpConfig withTimeTracking(boolean importTime, Instant since, Duration window) {
    return withTimeTracking(new TimeTracking(importTime, since, window));
  }

  /** The reserve kept in the server's window and the pages read ahead of the caller. */
  public ClickUpConfig withPipelining(int reserve, int pagesAhead) {
    return withBudget(new Budget(budget.requestsPerMinute(), reserve, pagesAhead));
  }

  boolean includeArchived() {
    return listing.includeArchived();
  }

  boolean importTimeTracked() {
    return timeTracking.enabled();
  }

  Duration incrementalOverlap() {
    return listing.incrementalOverlap();
  }

  int rawPayloadMaxBytes() {
    return listing.rawPayloadMaxBytes();
  }
}
