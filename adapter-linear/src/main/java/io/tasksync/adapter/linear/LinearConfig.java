package io.tasksync.adapter.linear;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Configuration of the Linear adapter.
 *
 * @param clientId the OAuth application's client id
 * @param clientSecret the OAuth application's client secret
 * @param redirectUri where Linear sends the user back after consent
 * @param authBaseUrl the consent host ({@code https://linear.app})
 * @param apiBaseUrl the API host ({@code https://api.linear.app}): token, revoke and GraphQL
 * @param scopes the OAuth scopes asked for (comma-joined); a sync needs only {@code read}
 * @param pageSize issues per GraphQL page (1 to 250); 200 keeps a page near 6,700 of the 10,000
 *     complexity points a query may cost
 * @param includeArchived whether listings include archived and trashed issues (as deleted tasks)
 * @param incrementalOverlap how far before the high-water mark an incremental run starts
 * @param connectTimeout TCP connect timeout
 * @param requestTimeout time allowed for one whole response
 * @param maxRateLimitWait the longest the adapter waits for a budget itself before it reports
 *     {@code RateLimitedException} to the sync (which waits and resumes from its checkpoint)
 * @param webhookSigningSecret the app-level webhook signing secret from Linear's OAuth app
 *     settings, or null when webhooks are not used
 * @param webhookTolerance how far a delivery's {@code webhookTimestamp} may be from now (60 s)
 */
public record LinearConfig(
    String clientId,
    String clientSecret,
    URI redirectUri,
    URI authBaseUrl,
    URI apiBaseUrl,
    List<String> scopes,
    int pageSize,
    boolean includeArchived,
    Duration incrementalOverlap,
    Duration connectTimeout,
    Duration requestTimeout,
    Duration maxRateLimitWait,
    String webhookSigningSecret,
    Duration webhookTolerance) {

  public static final URI LINEAR_AUTH = URI.create("https://linear.app");
  public static final URI LINEAR_API = URI.create("https://api.linear.app");

  public LinearConfig {
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(clientSecret, "clientSecret");
    Objects.requireNonNull(redirectUri, "redirectUri");
    Objects.requireNonNull(authBaseUrl, "authBaseUrl");
    Objects.requireNonNull(apiBaseUrl, "apiBaseUrl");
    scopes = List.copyOf(scopes);
    if (pageSize < 1 || pageSize > 250) {
      throw new IllegalArgumentException("pageSize must be between 1 and 250, was " + pageSize);
    }
    Objects.requireNonNull(incrementalOverlap, "incrementalOverlap");
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(requestTimeout, "requestTimeout");
    Objects.requireNonNull(maxRateLimitWait, "maxRateLimitWait");
    Objects.requireNonNull(webhookTolerance, "webhookTolerance");
  }

  /** Linear's real hosts, scope {@code read}, pages of 200, archived issues included. */
  public static LinearConfig defaults(String clientId, String clientSecret, URI redirectUri) {
    return new LinearConfig(
        clientId,
        clientSecret,
        redirectUri,
        LINEAR_AUTH,
        LINEAR_API,
        List.of("read"),
        200,
        true,
        Duration.ofMinutes(2),
        Duration.ofSeconds(5),
        Duration.ofSeconds(30),
        Duration.ofSeconds(30),
        null,
        Duration.ofSeconds(60));
  }

  public LinearConfig withBaseUrls(URI auth, URI api) {
    return new LinearConfig(
        clientId,
        clientSecret,
        redirectUri,
        auth,
        api,
        scopes,
        pageSize,
        includeArchived,
        incrementalOverlap,
        connectTimeout,
        requestTimeout,
        maxRateLimitWait,
        webhookSigningSecret,
        webhookTolerance);
  }

  public LinearConfig withPageSize(int size) {
    return new LinearConfig(
        clientId,
        clientSecret,
        redirectUri,
        authBaseUrl,
        apiBaseUrl,
        scopes,
        size,
        includeArchived,
        incrementalOverlap,
        connectTimeout,
        requestTimeout,
        maxRateLimitWait,
        webhookSigningSecret,
        webhookTolerance);
  }

  public LinearConfig withTimeouts(Duration connect, Duration request) {
    return new LinearConfig(
        clientId,
        clientSecret,
        redirectUri,
        authBaseUrl,
        apiBaseUrl,
        scopes,
        pageSize,
        includeArchived,
        incrementalOverlap,
        connect,
        request,
        maxRateLimitWait,
        webhookSigningSecret,
        webhookTolerance);
  }

  public LinearConfig withMaxRateLimitWait(Duration wait) {
    return new LinearConfig(
        clientId,
        clientSecret,
        redirectUri,
        authBaseUrl,
        apiBaseUrl,
        scopes,
        pageSize,
        includeArchived,
        incrementalOverlap,
        connectTimeout,
        requestTimeout,
        wait,
        webhookSigningSecret,
        webhookTolerance);
  }

  public LinearConfig withWebhookSigningSecret(String secret) {
    return new LinearConfig(
        clientId,
        clientSecret,
        redirectUri,
        authBaseUrl,
        apiBaseUrl,
        scopes,
        pageSize,
        includeArchived,
        incrementalOverlap,
        connectTimeout,
        requestTimeout,
        maxRateLimitWait,
        secret,
        webhookTolerance);
  }

  /** The GraphQL endpoint, {@code <apiBaseUrl>/graphql}. */
  URI graphQlUrl() {
    return URI.create(trimmed(apiBaseUrl) + "/graphql");
  }

  static String trimmed(URI base) {
    String text = base.toString();
    return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
  }

  @Override
  public String toString() {
    return "LinearConfig[clientId="
        + clientId
        + ", clientSecret=<redacted>, redirectUri="
        + redirectUri
        + ", authBaseUrl="
        + authBaseUrl
        + ", apiBaseUrl="
        + apiBaseUrl
        + ", scopes="
        + scopes
        + ", pageSize="
        + pageSize
        + ", includeArchived="
        + includeArchived
        + ", incrementalOverlap="
        + incrementalOverlap
        + ", connectTimeout="
        + connectTimeout
        + ", requestTimeout="
        + requestTimeout
        + ", maxRateLimitWait="
        + maxRateLimitWait
        + ", webhookSigningSecret="
        + (webhookSigningSecret == null ? "null" : "<redacted>")
        + ", webhookTolerance="
        + webhookTolerance
        + "]";
  }
}
