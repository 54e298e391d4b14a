package io.tasksync.app.config;

import io.tasksync.domain.Provider;
import java.net.URI;
import java.util.Objects;

/**
 * How to reach one provider: the OAuth client registered there, the redirect URI given to it, and
 * optional base URLs that replace the provider's real hosts (null keeps the real ones).
 *
 * @param webhookSecret the app-level webhook signing secret (Linear), or null
 * @param sandbox whether the base URLs point at a local stand-in
 * @param tuning the operator's rate-limit and inclusion settings
 */
public record ProviderSettings(
    Provider provider,
    String clientId,
    String clientSecret,
    URI redirectUri,
    URI authBaseUrl,
    URI apiBaseUrl,
    String webhookSecret,
    boolean sandbox,
    ProviderTuning tuning) {

  public ProviderSettings {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(clientSecret, "clientSecret");
    Objects.requireNonNull(redirectUri, "redirectUri");
    Objects.requireNonNull(tuning, "tuning");
  }

  /** Settings with every knob at the adapter's default. */
  public ProviderSettings(
      Provider provider,
      String clientId,
      String clientSecret,
      URI redirectUri,
      URI authBaseUrl,
      URI apiBaseUrl,
      String webhookSecret,
      boolean sandbox) {
    this(
        provider,
        clientId,
        clientSecret,
        redirectUri,
        authBaseUrl,
        apiBaseUrl,
        webhookSecret,
        sandbox,
        ProviderTuning.DEFAULTS);
  }

  public boolean overridesBaseUrls() {
    return authBaseUrl != null && apiBaseUrl != null;
  }

  @Override
  public String toString() {
    return "ProviderSettings[provider="
        + provider.id()
        + ", clientId="
        + clientId
        + ", clientSecret=<redacted>, redirectUri="
        + redirectUri
        + ", authBaseUrl="
        + authBaseUrl
        + ", apiBaseUrl="
        + apiBaseUrl
        + ", sandbox="
        + sandbox
        + ", tuning="
        + tuning
        + "]";
  }
}
