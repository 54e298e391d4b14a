package io.tasksync.app.security;

import io.tasksync.domain.IntegrationId;
import io.tasksync.port.out.WebhookKey;
import io.tasksync.port.out.WebhookSecretStore;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seals webhook signing secrets with the app's Tink keyset before they reach a store and opens them
 * after they come back, so the store never holds one in clear. The integration and webhook ids are
 * bound in as associated data (a sealed secret moved to another webhook does not open) and the id
 * of the sealing key is stored with the ciphertext ({@code tink1:<key id>:<base64>}), so keys can
 * rotate. A value without that prefix predates sealing: it is returned once and stored sealed.
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
  public boolean expect(WebhookKey key, Instant expiresAt) {
    return stored.expect(key, expiresAt);
  }

  @Override
  public boolean establish(WebhookKey key, String secret, Instant now) {
    return stored.establish(key, seal(key, secret), now);
  }

  @Override
  public void put(WebhookKey key, String secret) {
    stored.put(key, seal(key, secret));
  }

  @Override
  public Optional<String> get(WebhookKey key) {
    Optional<String> value = stored.get(key);
    if (value.isEmpty()) {
      return value;
    }
    String text = value.get();
    if (!text.startsWith(PREFIX)) {
      LOG.info("sealing a webhook secret of {}, which was stored in clear", key.integrationId());
      put(key, text);
      return value;
    }
    return open(text, key);
  }

  @Override
  public void deleteAll(IntegrationId integrationId) {
    stored.deleteAll(integrationId);
  }

  private String seal(WebhookKey key, String secret) {
    try {
      byte[] sealed =
          cipher.aead().encrypt(secret.getBytes(StandardCharsets.UTF_8), associated(key));
      return PREFIX + cipher.keyId() + ":" + Base64.getEncoder().encodeToString(sealed);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          "could not seal a webhook secret of " + key.integrationId(), e);
    }
  }

  private Optional<String> open(String text, WebhookKey key) {
    int colon = text.indexOf(':', PREFIX.length());
    String keyId = colon < 0 ? "?" : text.substring(PREFIX.length(), colon);
    try {
      byte[] plain =
          cipher
              .aead()
              .decrypt(Base64.getDecoder().decode(text.substring(colon + 1)), associated(key));
      return Optional.of(new String(plain, StandardCharsets.UTF_8));
    } catch (GeneralSecurityException | IllegalArgumentException | IndexOutOfBoundsException e) {
      LOG.warn(
          "a webhook secret of {} does not open with the configured keyset (key {});"
              + " its deliveries are refused until the integration is reconnected",
          key.integrationId(),
          keyId);
      return Optional.empty();
    }
  }

  private static byte[] associated(WebhookKey key) {
    String integration = "tasksync/webhook-secret/" + key.integrationId().value();
    String text = key.isFormer() ? integration : integration + "/" + key.webhookId();
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
