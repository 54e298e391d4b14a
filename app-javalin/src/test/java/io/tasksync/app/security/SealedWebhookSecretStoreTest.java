package io.tasksync.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.tasksync.application.memory.InMemoryWebhookSecretStore;
import io.tasksync.domain.IntegrationId;
import io.tasksync.port.out.WebhookKey;
import io.tasksync.port.out.WebhookSecretStore;
import io.tasksync.port.out.WebhookSecretStoreContract;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SealedWebhookSecretStoreTest extends WebhookSecretStoreContract {

  private static final WebhookKey ONE = WebhookKey.of(IntegrationId.of("int-one"), "hook-1");
  private static final WebhookKey TWO = WebhookKey.of(IntegrationId.of("int-two"), "hook-1");
  private static final WebhookKey ONE_OTHER_HOOK =
      WebhookKey.of(IntegrationId.of("int-one"), "hook-2");
  private static final WebhookKey ONE_FORMER = WebhookKey.former(IntegrationId.of("int-one"));
  private static final String SECRET = "whsec-0123456789abcdef";

  private final String keyset = TinkTokenCipher.generateJsonKeyset();
  private final InMemoryWebhookSecretStore stored = new InMemoryWebhookSecretStore();
  private final SealedWebhookSecretStore sealed =
      new SealedWebhookSecretStore(stored, TinkTokenCipher.fromJsonKeyset(keyset));

  @Override
  protected WebhookSecretStore createStore() {
    return new SealedWebhookSecretStore(
        new InMemoryWebhookSecretStore(), TinkTokenCipher.fromJsonKeyset(keyset));
  }

  @Test
  void put_storesNoPlaintextAndNamesTheKey() {
    sealed.put(ONE, SECRET);

    String atRest = stored.get(ONE).orElseThrow();
    assertThat(atRest).doesNotContain(SECRET).startsWith(SealedWebhookSecretStore.PREFIX);
    assertThat(atRest.split(":")).hasSize(3);
  }

  @Test
  void roundTrip_returnsTheSecret_alsoThroughANewInstanceWithTheSameKeyset() {
    sealed.put(ONE, SECRET);

    SealedWebhookSecretStore restarted =
        new SealedWebhookSecretStore(stored, TinkTokenCipher.fromJsonKeyset(keyset));

    assertThat(sealed.get(ONE)).contains(SECRET);
    assertThat(restarted.get(ONE)).contains(SECRET);
  }

  @Test
  void secretSealedForOneIntegration_doesNotOpenForAnother() {
    sealed.put(ONE, SECRET);
    stored.put(TWO, stored.get(ONE).orElseThrow());

    assertThat(sealed.get(TWO)).isEmpty();
    assertThat(sealed.get(ONE)).contains(SECRET);
  }

  @Test
  void secretSealedForOneWebhook_doesNotOpenForAnotherOfTheSameIntegration() {
    sealed.put(ONE, SECRET);
    stored.put(ONE_OTHER_HOOK, stored.get(ONE).orElseThrow());

    assertThat(sealed.get(ONE_OTHER_HOOK)).isEmpty();
  }

  @Test
  void establishedSecret_isSealedAtRest() {
    WebhookKey key = WebhookKey.of(IntegrationId.of("int-one"), "reg-1");
    sealed.expect(key, EXPIRES);

    sealed.establish(key, SECRET, NOW);

    assertThat(stored.get(key).orElseThrow()).doesNotContain(SECRET).startsWith("tink1:");
    assertThat(sealed.get(key)).contains(SECRET);
  }

  @Test
  void formerSecretSealedBeforePerWebhookSecrets_stillOpens() throws Exception {
    TinkTokenCipher cipher = TinkTokenCipher.fromJsonKeyset(keyset);
    byte[] ciphertext =
        cipher
            .aead()
            .encrypt(
                SECRET.getBytes(StandardCharsets.UTF_8),
                "tasksync/webhook-secret/int-one".getBytes(StandardCharsets.UTF_8));
    stored.put(
        ONE_FORMER,
        "tink1:" + cipher.keyId() + ":" + Base64.getEncoder().encodeToString(ciphertext));

    assertThat(sealed.get(ONE_FORMER)).contains(SECRET);
  }

  @Test
  void otherKeyset_doesNotOpenTheSecret() {
    sealed.put(ONE, SECRET);
    SealedWebhookSecretStore otherKey =
        new SealedWebhookSecretStore(
            stored, TinkTokenCipher.fromJsonKeyset(TinkTokenCipher.generateJsonKeyset()));

    assertThat(otherKey.get(ONE)).isEmpty();
  }

  @Test
  void secretStoredInClearBeforeSealing_isReturnedAndSealedInPlace() {
    stored.put(ONE, SECRET);

    assertThat(sealed.get(ONE)).contains(SECRET);
    assertThat(stored.get(ONE).orElseThrow()).doesNotContain(SECRET);
    assertThat(sealed.get(ONE)).contains(SECRET);
  }

  @Test
  void deleteAll_removesTheStoredValues() {
    sealed.put(ONE, SECRET);

    sealed.deleteAll(ONE.integrationId());

    assertThat(stored.get(ONE)).isEmpty();
    assertThat(sealed.get(ONE)).isEmpty();
  }
}
