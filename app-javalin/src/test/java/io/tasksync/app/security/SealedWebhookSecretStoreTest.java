package io.tasksync.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.tasksync.application.memory.InMemoryWebhookSecretStore;
import io.tasksync.domain.IntegrationId;
import org.junit.jupiter.api.Test;

class SealedWebhookSecretStoreTest {

  private static final IntegrationId ONE = IntegrationId.of("int-one");
  private static final IntegrationId TWO = IntegrationId.of("int-two");
  private static final String SECRET = "whsec-0123456789abcdef";

  private final String keyset = TinkTokenCipher.generateJsonKeyset();
  private final InMemoryWebhookSecretStore stored = new InMemoryWebhookSecretStore();
  private final SealedWebhookSecretStore sealed =
      new SealedWebhookSecretStore(stored, TinkTokenCipher.fromJsonKeyset(keyset));

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
  void delete_removesTheStoredValue() {
    sealed.put(ONE, SECRET);

    sealed.delete(ONE);

    assertThat(stored.get(ONE)).isEmpty();
    assertThat(sealed.get(ONE)).isEmpty();
  }
}
