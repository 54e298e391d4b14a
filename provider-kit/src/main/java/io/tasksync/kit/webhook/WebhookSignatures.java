package io.tasksync.kit.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 webhook signatures over the raw body, as Asana ({@code X-Hook-Signature}), ClickUp
 * ({@code X-Signature}) and Linear ({@code Linear-Signature}) send them, and their constant-time
 * check.
 */
public final class WebhookSignatures {

  private WebhookSignatures() {}

  /**
   * The HMAC-SHA256 of {@code body} under {@code secret} (its UTF-8 bytes), in lower-case hex.
   *
   * @throws IllegalArgumentException when the secret is null or empty
   */
  public static String hmacSha256Hex(String secret, byte[] body) {
    return HexFormat.of().formatHex(hmacSha256(secret, body));
  }

  /**
   * As {@link #hmacSha256Hex}, in standard Base64.
   *
   * @throws IllegalArgumentException when the secret is null or empty
   */
  public static String hmacSha256Base64(String secret, byte[] body) {
    return Base64.getEncoder().encodeToString(hmacSha256(secret, body));
  }

  /**
   * Whether {@code presentedHex} (either case, surrounding blanks ignored) is the HMAC-SHA256 of
   * {@code body} under {@code secret}. The digests are compared in constant time; a null or empty
   * secret, a missing signature, a signature of the wrong length or one that is not hex is no
   * match.
   */
  public static boolean matchesHex(String secret, byte[] body, String presentedHex) {
    if (secret == null || secret.isEmpty() || presentedHex == null) {
      return false;
    }
    byte[] presented;
    try {
      presented = HexFormat.of().parseHex(presentedHex.strip());
    } catch (IllegalArgumentException e) {
      return false;
    }
    return MessageDigest.isEqual(hmacSha256(secret, body), presented);
  }

  private static byte[] hmacSha256(String secret, byte[] body) {
    if (secret == null || secret.isEmpty()) {
      throw new IllegalArgumentException("a webhook secret is required to sign");
    }
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return mac.doFinal(body);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
    }
  }
}
