package io.tasksync.app.security;

import io.tasksync.domain.IntegrationId;
import io.tasksync.port.out.WebhookSecretStore;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seals webhook signing secrets with the app's Tink keyset before they reach a store and opens them
 * after they come back, so the store never holds one in clear. The integration id is bound in as
 * associated data (a sealed secret moved to another integration does not open) and the id of the
 * sealing key is stored with the ciphertext ({@code tink1:<key id>:<base64>}), so keys can rotate.
 * A value without that prefix predates sealing: it is returned once and stored sealed.
 */
public final class SealedWebhookSecretStore implements WebhookSecretStore {

  static final String PREFIX = "tink1:";

  private static final Logger LOG = LoggerFactory.getLogger(SealedWebhookSecretStore.class);

  private final WebhookSecretStore stored;
  private final TinkTokenCipher cipher;

  public SealedWebhookSecretStore(WebhookSecretStore stored, TinkTokenCipher cipher) {
    this.stored = stored;
    this.cipher = cipher;
  }

  @Override
  public Optional<String> get(IntegrationId integrationId) {
    Optional<String> value = stored.get(integrationId);
    if (value.isEmpty()) {
      return value;
    }
    String text = value.get();
    if (!text.startsWith(PREFIX)) {
      LOG.info("sealing the webhook secret of {}, which was stored in clear", integrationId);
      put(integrationId, text);
      return value;
    }
    return open(text, integrationId);
  }

  @Override
  public void put(IntegrationId integrationId, String secret) {
    try {
      byte[] sealed =
          cipher.aead().encrypt(secret.getBytes(StandardCharsets.UTF_8), associated(integrationId));
      stored.put(
          integrationId,
          PREFIX + cipher.keyId() + ":" + Base64.getEncoder().encodeToString(sealed));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("could not seal the webhook secret of " + integrationId, e);
    }
  }

  @Override
  public void delete(IntegrationId integrationId) {
    stored.delete(integrationId);
  }

  private Optional<String> open(String text, IntegrationId integrationId) {
    int colon = text.indexOf(':', PREFIX.length());
    String keyId = colon < 0 ? "?" : text.substring(PREFIX.length(), colon);
    try {
      byte[] plain =
          cipher
              .aead()
              .decrypt(
                  Base64.getDecoder().decode(text.substring(colon + 1)), associated(integrationId));
      return Optional.of(new String(plain, StandardCharsets.UTF_8));
    } catch (GeneralSecurityException | IllegalArgumentException | IndexOutOfBoundsException e) {
      LOG.warn(
          "the webhook secret of {} does not open with the configured keyset (key {});"
              + " its webhooks are refused until the integration is reconnected",
          integrationId,
          keyId);
      return Optional.empty();
    }
  }

  private static byte[] associated(IntegrationId id) {
    return ("tasksync/webhook-secret/" + id.value()).getBytes(StandardCharsets.UTF_8);
  }
}
