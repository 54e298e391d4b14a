package io.tasksync.kit.oauth;

import java.net.URI;
import java.util.Objects;

/**
 * The OAuth app registered with a provider.
 *
 * @param clientId the app's client id
 * @param clientSecret the app's client secret (hidden by {@link #toString()})
 * @param redirectUri where the provider sends the user back after consent
 */
public record OAuthApp(String clientId, String clientSecret, URI redirectUri) {

  public OAuthApp {
    requireText(clientId, "clientId");
    requireText(clientSecret, "clientSecret");
    Objects.requireNonNull(redirectUri, "redirectUri");
  }

  @Override
  public String toString() {
    return "OAuthApp[clientId="
        + clientId
        + ", clientSecret=<redacted>, redirectUri="
        + redirectUri
        + "]";
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }
}
