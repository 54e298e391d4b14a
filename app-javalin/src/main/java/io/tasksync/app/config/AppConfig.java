package io.tasksync.app.config;

import io.tasksync.application.sync.Schedule;
import io.tasksync.domain.OrganizationId;
import io.tasksync.domain.Provider;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the app is told by its environment, parsed and checked once at start.
 *
 * @param port the HTTP port (0 picks a free one)
 * @param publicBaseUrl where users and providers reach the app (redirect and webhook URLs)
 * @param apiKeys API key to organization
 * @param tinkKeyset the Tink AEAD keyset (JSON) sealing OAuth tokens, or null to generate one
 * @param providers the configured providers
 * @param firestore the Firestore store, or null for the in-memory store
 * @param schedule background work settings
 * @param demo whether the app runs on sandbox stand-ins with generated secrets
 */
public record AppConfig(
    int port,
    URI publicBaseUrl,
    Map<String, OrganizationId> apiKeys,
    String tinkKeyset,
    List<ProviderSettings> providers,
    FirestoreSettings firestore,
    Schedule schedule,
    boolean demo) {

  public AppConfig {
    Objects.requireNonNull(publicBaseUrl, "publicBaseUrl");
    apiKeys = Map.copyOf(apiKeys);
    providers = List.copyOf(providers);
    Objects.requireNonNull(schedule, "schedule");
  }

  public Optional<ProviderSettings> provider(Provider provider) {
    return providers.stream().filter(p -> p.provider() == provider).findFirst();
  }

  public Optional<FirestoreSettings> firestoreSettings() {
    return Optional.ofNullable(firestore);
  }

  public AppConfig withProviders(List<ProviderSettings> newProviders) {
    return new AppConfig(
        port, publicBaseUrl, apiKeys, tinkKeyset, newProviders, firestore, schedule, demo);
  }

  public AppConfig withFirestore(FirestoreSettings newFirestore) {
    return new AppConfig(
        port, publicBaseUrl, apiKeys, tinkKeyset, providers, newFirestore, schedule, demo);
  }

  public AppConfig withApiKeys(Map<String, OrganizationId> newKeys) {
    return new AppConfig(
        port, publicBaseUrl, newKeys, tinkKeyset, providers, firestore, schedule, demo);
  }

  /** The app-level webhook signing secrets (Linear), by provider. */
  public Map<Provider, String> appWebhookSecrets() {
    Map<Provider, String> secrets = new java.util.EnumMap<>(Provider.class);
    providers.stream()
        .filter(p -> p.webhookSecret() != null)
        .forEach(p -> secrets.put(p.provider(), p.webhookSecret()));
    return secrets;
  }

  /** A redirect URI under the public base URL, e.g. for {@code /oauth/asana/callback}. */
  public URI callbackFor(Provider provider) {
    return publicBaseUrl.resolve("/oauth/" + provider.id() + "/callback");
  }

  @Override
  public String toString() {
    return "AppConfig[port="
        + port
        + ", publicBaseUrl="
        + publicBaseUrl
        + ", apiKeys=<"
        + apiKeys.size()
        + " keys>, tinkKeyset="
        + (tinkKeyset == null ? "generated" : "<redacted>")
        + ", providers="
        + providers
        + ", firestore="
        + firestore
        + ", schedule="
        + schedule
        + ", demo="
        + demo
        + "]";
  }
}
