package io.tasksync.adapter.asana;

import io.tasksync.kit.http.BaseUrls;
import io.tasksync.kit.http.HttpLimits;
import io.tasksync.kit.oauth.OAuthApp;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the Asana adapter, in small groups so that a change touches one of them.
 *
 * @param app the OAuth app registered with Asana (its secret hidden by {@code toString})
 * @param urls the host of {@code /-/oauth_authorize}, {@code /-/oauth_token} and {@code
 *     /-/oauth_revoke} ({@code https://app.asana.com}) and the REST API base ({@code
 *     https://app.asana.com/api/1.0})
 * @param budget the per-grant request budget and bound on requests in flight
 * @param http timeouts; the longest Retry-After waited for and the attempts while rate limited
 * @param listing what a listing includes and how incremental runs find changes
 */
public record AsanaConfig(
    OAuthApp app, BaseUrls urls, Budget budget, HttpLimits http, Listing listing) {

  public static final URI ASANA_HOST = URI.create("https://app.asana.com");
  public static final URI ASANA_API = URI.create("https://app.asana.com/api/1.0");

  /**
   * @param requestsPerMinute the per-token budget (Asana: 1,500 on paid plans, 150 on free)
   * @param maxConcurrentRequests the most requests of one grant in flight at once (Asana refuses a
   *     token's 51st concurrent GET and 16th concurrent write with 429; 10 keeps well below both)
   */
  public record Budget(int requestsPerMinute, int maxConcurrentRequests) {
    public Budget {
      if (requestsPerMinute < 1 || maxConcurrentRequests < 1) {
        throw new IllegalArgumentException(
            "requestsPerMinute and maxConcurrentRequests must be at least 1");
      }
    }
  }

  /**
   * @param includeArchivedProjects whether tasks of archived projects are imported
   * @param modifiedSinceOverlap how far before the high-water mark incremental listings start
   * @param useEvents whether incremental runs read the Events API (deletions, changed subtasks)
   */
  public record Listing(
      boolean includeArchivedProjects, Duration modifiedSinceOverlap, boolean useEvents) {
    public Listing {
      Objects.requireNonNull(modifiedSinceOverlap, "modifiedSinceOverlap");
    }
  }

  public AsanaConfig {
    Objects.requireNonNull(app, "app");
    Objects.requireNonNull(urls, "urls");
    Objects.requireNonNull(budget, "budget");
    Objects.requireNonNull(http, "http");
    Objects.requireNonNull(listing, "listing");
  }

  /**
   * The real Asana hosts, the paid-plan budget, 10 s / 30 s timeouts, Retry-After waits up to 60 s
   * and 5 attempts, archived projects included, events on.
   */
  public static AsanaConfig defaults(String clientId, String clientSecret, URI redirectUri) {
    return new AsanaConfig(
        new OAuthApp(clientId, clientSecret, redirectUri),
        new BaseUrls(ASANA_HOST, ASANA_API),
        new Budget(1500, 10),
        new HttpLimits(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(60), 5),
        new Listing(true, Duration.ofMinutes(2), true));
  }

  public AsanaConfig withBaseUrls(URI auth, URI api) {
    return new AsanaConfig(app, new BaseUrls(auth, api), budget, http, listing);
  }

  public AsanaConfig withBudget(Budget newBudget) {
    return new AsanaConfig(app, urls, newBudget, http, listing);
  }

  public AsanaConfig withRequestsPerMinute(int perMinute) {
    return withBudget(new Budget(perMinute, budget.maxConcurrentRequests()));
  }

  public AsanaConfig withMaxConcurrentRequests(int inFlight) {
    return withBudget(new Budget(budget.requestsPerMinute(), inFlight));
  }

  public AsanaConfig withHttp(HttpLimits limits) {
    return new AsanaConfig(app, urls, budget, limits, listing);
  }

  public AsanaConfig withTimeouts(Duration connect, Duration request) {
    return withHttp(http.withTimeouts(connect, request));
  }

  /** Attempts per request while rate limited, and the longest Retry-After waited for. */
  public AsanaConfig withRetries(int attempts, Duration longestRetryAfter) {
    return withHttp(http.withRateLimit(attempts, longestRetryAfter));
  }

  public AsanaConfig withListing(Listing newListing) {
    return new AsanaConfig(app, urls, budget, http, newListing);
  }

  public AsanaConfig withIncludeArchivedProjects(boolean include) {
    return withListing(new Listing(include, listing.modifiedSinceOverlap(), listing.useEvents()));
  }

  boolean includeArchivedProjects() {
    return listing.includeArchivedProjects();
  }

  Duration modifiedSinceOverlap() {
    return listing.modifiedSinceOverlap();
  }
}
