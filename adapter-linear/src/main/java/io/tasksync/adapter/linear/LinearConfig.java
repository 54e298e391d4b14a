package io.tasksync.adapter.linear;

import io.tasksync.kit.http.BaseUrls;
import io.tasksync.kit.http.HttpLimits;
import io.tasksync.kit.oauth.OAuthApp;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Configuration of the Linear adapter, in small groups so that a change touches one of them.
 *
 * @param app the OAuth application registered with Linear (its secret hidden by {@code toString})
 * @param urls the consent host ({@code https://linear.app}) and the API host ({@code
 *     https://api.linear.app}: token, revoke and GraphQL)
 * @param scopes the OAuth scopes asked for (comma-joined); a sync needs only {@code read}
 * @param http timeouts; the longest the adapter waits for a budget itself before it reports {@code
 *     RateLimitedException} to the sync (which waits and resumes from its checkpoint)
 * @param listing page size and what a listing includes
 * @param webhooks the app-level webhook signing secret and the accepted clock skew
 */
public record LinearConfig(
    OAuthApp app,
    BaseUrls urls,
    List<String> scopes,
    HttpLimits http,
    Listing listing,
    Webhooks webhooks) {

  public static final URI LINEAR_AUTH = URI.create("https://linear.app");
  public static final URI LINEAR_API = URI.create("https://api.linear.app");

  /**
   * @param pageSize issues per GraphQL page (1 to 250); 200 keeps a page near 6,700 of the 10,000
   *     complexity points a query may cost
   * @param includeArchived whether listings include archived and trashed issues (as deleted tasks)
   * @param incrementalOverlap how far before the high-water mark an incremental run starts
   */
  public record Listing(int pageSize, boolean includeArchived, Duration incrementalOverlap) {
    public Listing {
      if (pageSize < 1 || pageSize > 250) {
        throw new IllegalArgumentException("pageSize must be between 1 and 250, was " + pageSize);
      }
      Objects.requireNonNull(incrementalOverlap, "incrementalOverlap");
    }
  }

  /**
   * @param signingSecret the app-level webhook signing secret from Linear's OAuth app settings, or
   *     null when webhooks are not used (hidden by {@code toString})
   * @param tolerance how far a delivery's {@code webhookTimestamp} may be from now (60 s)
   */
  public record Webhooks(String signingSecret, Duration tolerance) {
    public Webhooks {
      Objects.requireNonNull(tolerance, "tolerance");
    }

    @Override
    public String toString() {
      return "Webhooks[signingSecret="
          + (signingSecret == null ? "null" : "<redacted>")
          + ", tolerance="
          + tolerance
          + "]";
    }
  }

  public LinearConfig {
    Objects.requireNonNull(app, "app");
    Objects.requireNonNull(urls, "urls");
    scopes = List.copyOf(scopes);
    Objects.requireNonNull(http, "http");
    Objects.requireNonNull(listing, "listing");
    Objects.requireNonNull(webhooks, "webhooks");
  }

  /** Linear's real hosts, scope {@code read}, pages of 200, archived issues included. */
  public static LinearConfig defaults(String clientId, String clientSecret, URI redirectUri) {
    return new LinearConfig(
        new OAuthApp(clientId, clientSecret, redirectUri),
        new BaseUrls(LINEAR_AUTH, LINEAR_API),
        List.of("read"),
        new HttpLimits(Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofSeconds(30), 4),
        new Listing(200, true, Duration.ofMinutes(2)),
        new Webhooks(null, Duration.ofSeconds(60)));
  }

  public LinearConfig withBaseUrls(URI auth, URI api) {
    return new LinearConfig(app, new BaseUrls(auth, api), scopes, http, listing, webhooks);
  }

  public LinearConfig withHttp(HttpLimits limits) {
    return new LinearConfig(app, urls, scopes, limits, listing, webhooks);
  }

  public LinearConfig withListing(Listing newListing) {
    return new LinearConfig(app, urls, scopes, http, newListing, webhooks);
  }

  public LinearConfig withPageSize(int size) {
    return withListing(new Listing(size, listing.includeArchived(), listing.incrementalOverlap()));
  }

  public LinearConfig withIncludeArchived(boolean include) {
    return withListing(new Listing(listing.pageSize(), include, listing.incrementalOverlap()));
  }

  public LinearConfig withTimeouts(Duration connect, Duration request) {
    return withHttp(http.withTimeouts(connect, request));
  }

  public LinearConfig withMaxRateLimitWait(Duration wait) {
    return withHttp(http.withRateLimit(http.rateLimitedAttempts(), wait));
  }

  public LinearConfig withWebhookSigningSecret(String secret) {
    return new LinearConfig(
        app, urls, scopes, http, listing, new Webhooks(secret, webhooks.tolerance()));
  }

  URI graphQlUrl() {
    return URI.create(urls.api() + "/graphql");
  }

  int pageSize() {
    return listing.pageSize();
  }

  boolean includeArchived() {
    return listing.includeArchived();
  }

  Duration incrementalOverlap() {
    return listing.incrementalOverlap();
  }

  String webhookSigningSecret() {
    return webhooks.signingSecret();
  }

  Duration webhookTolerance() {
    return webhooks.tolerance();
  }
}
