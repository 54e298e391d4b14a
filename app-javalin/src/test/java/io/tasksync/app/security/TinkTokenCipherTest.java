package io.tasksync.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import io.tasksync.domain.EncryptedCredentials;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.OAuthTokens;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TinkTokenCipherTest {

  private static final OAuthTokens TOKENS =
      new OAuthTokens(
          "access-123", "refresh-456", Instant.parse("2026-06-01T00:00:00Z"), "default");
  private static final IntegrationId ID = IntegrationId.of("int-1");

  @Test
  void sealedTokens_openToTheSameTokensAndHideThePlaintext() {
    TinkTokenCipher cipher = TinkTokenCipher.fromJsonKeyset(TinkTokenCipher.generateJsonKeyset());

    EncryptedCredentials sealed = cipher.seal(TOKENS, ID);

    assertThat(sealed.ciphertext()).doesNotContain("access-123").doesNotContain("refresh-456");
    assertThat(cipher.open(sealed, ID)).isEqualTo(TOKENS);
  }

  @Test
  void ciphertextMovedToAnotherIntegration_doesNotOpen() {
    TinkTokenCipher cipher = TinkTokenCipher.fromJsonKeyset(TinkTokenCipher.generateJsonKeyset());
    EncryptedCredentials sealed = cipher.seal(TOKENS, ID);

    assertThatThrownBy(() -> cipher.open(sealed, IntegrationId.of("int-2")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageNotContaining("access-123");
  }

  @Test
  void rotatedKeyset_opensOldCiphertextAndSealsWithTheNewPrimary() throws Exception {
    String oldJson = TinkTokenCipher.generateJsonKeyset();
    EncryptedCredentials sealedBefore = TinkTokenCipher.fromJsonKeyset(oldJson).seal(TOKENS, ID);
    KeysetHandle rotated =
        KeysetHandle.newBuilder(
                TinkJsonProtoKeysetFormat.parseKeyset(oldJson, InsecureSecretKeyAccess.get()))
            .addEntry(
                KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM)
                    .withRandomId()
                    .makePrimary())
            .build();
    TinkTokenCipher after =
        TinkTokenCipher.fromJsonKeyset(
            TinkJsonProtoKeysetFormat.serializeKeyset(rotated, InsecureSecretKeyAccess.get()));

    EncryptedCredentials sealedAfter = after.seal(TOKENS, ID);

    assertThat(after.open(sealedBefore, ID)).isEqualTo(TOKENS);
    assertThat(sealedAfter.keyId()).isNotEqualTo(sealedBefore.keyId());
  }

  @Test
  void unusableKeyset_isAConfigurationError() {
    assertThatThrownBy(() -> TinkTokenCipher.fromJsonKeyset("{\"not\":\"a keyset\"}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("TASKSYNC_TINK_KEYSET");
  }
}
