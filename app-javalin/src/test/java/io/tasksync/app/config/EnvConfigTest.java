package io.tasksync.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tasksync.domain.OrganizationId;
import io.tasksync.domain.Provider;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvConfigTest {

  private static final String KEYSET =
      io.tasksync.app.security.TinkTokenCipher.generateJsonKeyset();
  private static final Map<String, String> PRODUCTION =
      Map.of(
          "TASKSYNC_PUBLIC_BASE_URL", "https://tasksync.example.com/",
          "TASKSYNC_API_KEYS", "acme:acme-key-0123456789abcdef,globex:globex-key-0123456789",
          "TASKSYNC_TINK_KEYSET", KEYSET,
          "TASKSYNC_ASANA_CLIENT_ID", "1200000000000001",
          "TASKSYNC_ASANA_CLIENT_SECRET", "asana-secret",
          "TASKSYNC_LINEAR_CLIENT_ID", "lin-client",
          "TASKSYNC_LINEAR_CLIENT_SECRET", "lin-secret",
          "TASKSYNC_LINEAR_WEBHOOK_SECRET", "lin-webhook-secret",
          "TASKSYNC_SYNC_INTERVAL", "10m",
          "TASKSYNC_FIRESTORE_PROJECT", "acme-prod");

  @Test
  void emptyEnvironment_isDemoModeWithDefaults() {
    AppConfig config = EnvConfig.parse(Map.of());

    assertThat(config.demo()).isTrue();
    assertThat(config.port()).isEqualTo(8080);
    assertThat(config.providers()).isEmpty();
    assertThat(config.firestoreSettings()).isEmpty();
  }

  @Test
  void productionEnvironment_isParsedIntoTypedSettings() {
    AppConfig config = EnvConfig.parse(PRODUCTION);

    assertThat(config.demo()).isFalse();
    assertThat(config.apiKeys())
        .containsEntry("acme-key-0123456789abcdef", OrganizationId.of("acme"));
    assertThat(config.provider(Provider.ASANA).orElseThrow().redirectUri())
        .isEqualTo(URI.create("https://tasksync.example.com/oauth/asana/callback"));
    assertThat(config.provider(Provider.CLICKUP)).isEmpty();
    assertThat(config.appWebhookSecrets()).containsEntry(Provider.LINEAR, "lin-webhook-secret");
    assertThat(config.schedule().incrementalEvery()).isEqualTo(Duration.ofMinutes(10));
    assertThat(config.firestoreSettings().orElseThrow().databaseId()).isEqualTo("(default)");
  }

  @Test
  void everyProblem_isListedAtOnce() {
    Map<String, String> env =
        Map.of(
            "TASKSYNC_API_KEYS", "acme:short,broken",
            "TASKSYNC_PORT", "eighty",
            "TASKSYNC_CLICKUP_CLIENT_ID", "only-the-id",
            "TASKSYNC_WORKERS", "0",
            "TASKSYNC_RECONCILE_INTERVAL", "sometimes",
            "TASKSYNC_PUBLIC_BASE_URL", "ftp://nowhere",
            "TASKSYNC_TINK_KEYSET", "{\"primaryKeyId\":1}");

    assertThatThrownBy(() -> EnvConfig.parse(env))
        .isInstanceOf(ConfigurationException.class)
        .satisfies(
            e ->
                assertThat(((ConfigurationException) e).problems())
                    .anyMatch(p -> p.contains("TASKSYNC_PORT"))
                    .anyMatch(p -> p.contains("shorter than 16"))
                    .anyMatch(p -> p.contains("malformed"))
                    .anyMatch(p -> p.contains("TASKSYNC_CLICKUP_CLIENT_SECRET"))
                    .anyMatch(p -> p.contains("TASKSYNC_WORKERS"))
                    .anyMatch(p -> p.contains("TASKSYNC_RECONCILE_INTERVAL"))
                    .anyMatch(p -> p.contains("TASKSYNC_PUBLIC_BASE_URL"))
                    .anyMatch(p -> p.contains("TASKSYNC_TINK_KEYSET is not"))
                    .anyMatch(p -> p.contains("at least one provider")));
  }

  @Test
  void syncLease_defaultsToTwoMinutes_andIsParsedWithinItsBounds() {
    Map<String, String> env = new java.util.HashMap<>(PRODUCTION);
    assertThat(EnvConfig.parse(env).schedule().leaseTtl()).isEqualTo(Duration.ofMinutes(2));

    env.put("TASKSYNC_SYNC_LEASE", "15s");
    assertThat(EnvConfig.parse(env).schedule().leaseTtl()).isEqualTo(Duration.ofSeconds(15));

    env.put("TASKSYNC_SYNC_LEASE", "1s");
    assertThatThrownBy(() -> EnvConfig.parse(env))
        .isInstanceOf(ConfigurationException.class)
        .satisfies(
            e ->
                assertThat(((ConfigurationException) e).problems())
                    .anyMatch(p -> p.contains("TASKSYNC_SYNC_LEASE must be 5s..1h")));
  }

  @Test
  void toString_hidesKeysAndSecrets() {
    AppConfig config = EnvConfig.parse(PRODUCTION);

    assertThat(config.toString())
        .doesNotContain("acme-key-0123456789abcdef")
        .doesNotContain("asana-secret")
        .doesNotContain(KEYSET);
  }

  @Test
  void providerKnobs_areParsedForTheProvidersThatHaveThem() {
    Map<String, String> env = new java.util.HashMap<>(PRODUCTION);
    env.put("TASKSYNC_ASANA_REQUESTS_PER_MINUTE", "150");
    env.put("TASKSYNC_ASANA_MAX_CONCURRENT_REQUESTS", "4");
    env.put("TASKSYNC_ASANA_INCLUDE_ARCHIVED_PROJECTS", "false");
    env.put("TASKSYNC_LINEAR_PAGE_SIZE", "50");
    env.put("TASKSYNC_LINEAR_INCLUDE_ARCHIVED", "FALSE");

    AppConfig config = EnvConfig.parse(env);

    assertThat(config.provider(Provider.ASANA).orElseThrow().tuning())
        .isEqualTo(new ProviderTuning(150, 4, false, null, null, null));
    assertThat(config.provider(Provider.LINEAR).orElseThrow().tuning())
        .isEqualTo(new ProviderTuning(null, null, false, null, null, 50));
  }

  @Test
  void clickUpKnobs_areParsed() {
    Map<String, String> env = new java.util.HashMap<>(PRODUCTION);
    env.put("TASKSYNC_CLICKUP_CLIENT_ID", "cu-client");
    env.put("TASKSYNC_CLICKUP_CLIENT_SECRET", "cu-secret");
    env.put("TASKSYNC_CLICKUP_REQUESTS_PER_MINUTE", "1000");
    env.put("TASKSYNC_CLICKUP_INCLUDE_ARCHIVED", "false");
    env.put("TASKSYNC_CLICKUP_TIME_TRACKING", "false");
    env.put("TASKSYNC_CLICKUP_READ_AHEAD_PAGES", "8");

    AppConfig config = EnvConfig.parse(env);

    assertThat(config.provider(Provider.CLICKUP).orElseThrow().tuning())
        .isEqualTo(new ProviderTuning(1000, null, false, false, 8, null));
  }

  @Test
  void unsetKnobs_keepTheAdaptersDefaults() {
    AppConfig config = EnvConfig.parse(PRODUCTION);

    assertThat(config.provider(Provider.ASANA).orElseThrow().tuning())
        .isEqualTo(ProviderTuning.DEFAULTS);
  }

  @Test
  void badProviderKnobs_areEachListed() {
    Map<String, String> env = new java.util.HashMap<>(PRODUCTION);
    env.put("TASKSYNC_ASANA_REQUESTS_PER_MINUTE", "0");
    env.put("TASKSYNC_ASANA_MAX_CONCURRENT_REQUESTS", "many");
    env.put("TASKSYNC_ASANA_INCLUDE_ARCHIVED_PROJECTS", "yes");
    env.put("TASKSYNC_LINEAR_PAGE_SIZE", "251");

    assertThatThrownBy(() -> EnvConfig.parse(env))
        .isInstanceOf(ConfigurationException.class)
        .satisfies(
            e ->
                assertThat(((ConfigurationException) e).problems())
                    .anyMatch(p -> p.contains("TASKSYNC_ASANA_REQUESTS_PER_MINUTE"))
                    .anyMatch(p -> p.contains("TASKSYNC_ASANA_MAX_CONCURRENT_REQUESTS"))
                    .anyMatch(
                        p ->
                            p.contains(
                                "TASKSYNC_ASANA_INCLUDE_ARCHIVED_PROJECTS must be true or false"))
                    .anyMatch(p -> p.contains("TASKSYNC_LINEAR_PAGE_SIZE")));
  }
}
