package io.tasksync.adapter.asana;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the Asana adapter.
 *
 * @param clientId the OAuth app's client id
 * @param clientSecret the OAuth app's client secret (hidden by {@link #toString()})
 * @param redirectUri where Asana sends the user back after consent
 * @param authBaseUrl the host of {@code /-/oauth_authorize}, {@code /-/oauth_token} and {@code
 *     /-/oauth_revoke}: {@code https://app.asana.com}
 * @param apiBaseUrl the REST API base: {@code https://app.asana.com/api/1.0}
 * @param requestsPerMinute the per-token budget (Asana: 1,500 on paid plans, 150 on free)
 * @param maxConcurrentRequests the most requests of one grant in flight at once (Asana refuses a
 *     token's 51st concurrent GET and 16th concurrent write with 429; 10 keeps well below both)
 * @param connectTimeout connection timeout
 * @param requestTimeout timeout of one whole request
 * @param maxAttempts attempts per request on 429, 5xx and timeouts before giving up
 * @param maxRetryAfter the longest single wait for a 429's Retry-After
 * @param includeArchivedProjects whether tasks of archived projects are imported
 * @param modifiedSinceOverlap how far before the high-water mark incremental listings start
 * @param useEvents whether incremental runs read the Events API (deletions, changed subtasks)
 */
public record AsanaConfig(
    String clientId,
    String clientSecret,
    URI redirectUri,
    URI authBaseUrl,
    URI apiBaseUrl,
    int requestsPerMinute,
    int maxConcurrentRequests,
    Duration connectTimeout,
    Duration requestTimeout,
    int maxAttempts,
    Duration maxRetryAfter,
    boolean includeArchivedProjects,
    Duration modifiedSinceOverlap,
    boolean useEvents) {

  public static final URI ASANA_HOST = URI.create("https://app.asana.com");
  public static final URI ASANA_API = URI.create("https://app.asana.com/api/1.0");

  public AsanaConfig {
    requireText(clientId, "clientId");
    requireText(clientSecret, "clientSecret");
    Objects.requireNonNull(redirectUri, "redirectUri");
    Objects.requireNonNull(authBaseUrl, "authBaseUrl");
    Objects.requireNonNull(apiBaseUrl, "apiBaseUrl");
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(requestTimeout, "requestTimeout");
    Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
    Objects.requireNonNull(modifiedSinceOverlap, "modifiedSinceOverlap");
    if (requestsPerMinute < 1 || maxConcurrentRequests < 1 || maxAttempts < 1) {
      throw new IllegalArgumentException(
          "requestsPerMinute, maxConcurrentRequests and maxAttempts must be at least 1");
    }
    authBaseUrl = trimSlash(authBaseUrl);
    apiBaseUrl = trimSlash(apiBaseUrl);
  }

  /** The real Asana hosts, the paid-plan budget, archived projects included, events on. */
  public static AsanaConfig defaults(String clientId, String clientSecret, URI redirectUri) {
    return new AsanaConfig(
        clientId,
        clientSecret,
        redirectUri,
        ASANA_HOST,
        ASANA_API,
        1500,
        10,
        Duration.ofSeconds(10),
        Duration.ofSeconds(30),
        5,
        Duration.ofSeconds(60),
        true,
        Duration.ofMinutes(2),
        true);
  }

  public AsanaConfig withBaseUrls(URI auth, URI api) {
    return new AsanaConfig(
        clientId,
        clientSecret,
        redirectUri,
        auth,
        api,
        requestsPerMinute,
        maxConcurrentRequests,
        connectTimeout,
        requestTimeout,
        maxAttempts,
        maxRetryAfter,
        includeArchivedProjects,
        modifiedSinceOverlap,
        useEvents);
  }

  public AsanaConfig withRequestsPerMinute(int perMinute) {
    return new AsanaConfig(
        clientId,
        clientSecret,
        redirectUri,
        authBaseUrl,
        apiBaseUrl,
        perMinute,
        maxConcurrentRequests,
        connectTimeout,
        requestTimeout,
        maxAttempts,
        maxRetryAfter,
        includeArchivedProjects,
        modifiedSinceOverlap,
        useEvents);
  }

  public AsanaConfig withMaxConcurrentRequests(int inFlight) {
    return new AsanaConfig(
        clientId,
        clientSecret,
        redirectUri,
        authBaseUrl,
        apiBaseUrl,
        requestsPerMinute,
        inFlight,
        connectTimeout,
        requestTimeout,
        maxAttempts,
        maxRetryAfter,
        includeArchivedProjects,
        modifiedSinceOverlap,
        useEvents);
  }

  public AsanaConfig withTimeouts(Duration connect, Duration request) {
    return new AsanaConfig(
        clientId,
        clientSecret,
        redirectUri,
        authBaseUrl,
        apiBaseUrl,
        requestsPerMinute,
        maxConcurrentRequests,
        connect,
        request,
        maxAttempts,
        maxRetryAfter,
        includeArchivedProjects,
        modifiedSinceOverlap,
        useEvents);
  }

  public AsanaConfig withRetries(int attempts, Duration longestRetryAfter) {
    return new AsanaConfig(
        clientId,
        clientSecret,
        redirectUri,
        authBaseUrl,
        apiBaseUrl,
        requestsPerMinute,
        maxConcurrentRequests,
        connectTimeout,
        requestTimeout,
        attempts,
        longestRetryAfter,
        includeArchivedProjects,
        modifiedSinceOverlap,
        useEvents);
  }

  public AsanaConfig withIncludeArchivedProjects(boolean include) {
    return new AsanaConfig(
        clientId,
        clientSecret,
        redirectUri,
        authBaseUrl,
        apiBaseUrl,
        requestsPerMinute,
        maxConcurrentRequests,
        connectTimeout,
        requestTimeout,
        maxAttempts,
        maxRetryAfter,
        include,
        modifiedSinceOverlap,
        useEvents);
  }

  @Override
  public String toString() {
    return "AsanaConfig[clientId="
        + clientId
        + ", clientSecret=<redacted>, redirectUri="
        + redirectUri
        + ", authBaseUrl="
        + authBaseUrl
        + ", apiBaseUrl="
        + apiBaseUrl
        + ", requestsPerMinute="
        + requestsPerMinute
        + ", maxConcurrentRequests="
        + maxConcurrentRequests
        + ", connectTimeout="
        + connectTimeout
        + ", requestTimeout="
        + requestTimeout
        + ", maxAttempts="
        + maxAttempts
        + ", maxRetryAfter="
        + maxRetryAfter
        + ", includeArchivedProjects="
        + includeArchivedProjects
        + ", modifiedSinceOverlap="
        + modifiedSinceOverlap
        + ", useEvents="
        + useEvents
        + "]";
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }

  private static URI trimSlash(URI uri) {
    String s = uri.toString();
    return s.endsWith("/") ? URI.create(s.substring(0, s.length() - 1)) : uri;
  }
}
