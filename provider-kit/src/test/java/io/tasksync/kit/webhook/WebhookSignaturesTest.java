package io.tasksync.kit.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class WebhookSignaturesTest {

  private static final byte[] BODY =
      "The quick brown fox jumps over the lazy dog".getBytes(StandardCharsets.UTF_8);

  /** The widely published example: HMAC-SHA256 of the pangram under "key". */
  private static final String KNOWN =
      "f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8";

  @Test
  void hex_isTheKnownHmacSha256() {
    assertThat(WebhookSignatures.hmacSha256Hex("key", BODY)).isEqualTo(KNOWN);
  }

  @Test
  void base64_encodesTheSameDigest() {
    assertThat(WebhookSignatures.hmacSha256Base64("key", BODY))
        .isEqualTo("97yD9DBThCSxMpjmqm+xQ+9NWaFJRhdZl0edvC0aPNg=");
  }

  @Test
  void rightSignature_matchesInEitherCaseAndWithSurroundingBlanks() {
    assertThat(WebhookSignatures.matchesHex("key", BODY, KNOWN)).isTrue();
    assertThat(WebhookSignatures.matchesHex("key", BODY, " " + KNOWN.toUpperCase(Locale.ROOT)))
        .isTrue();
  }

  @Test
  void otherSecretOrOtherBody_doesNotMatch() {
    assertThat(WebhookSignatures.matchesHex("other", BODY, KNOWN)).isFalse();
    assertThat(WebhookSignatures.matchesHex("key", "tampered".getBytes(), KNOWN)).isFalse();
  }

  @Test
  void wrongLength_doesNotMatch() {
    assertThat(WebhookSignatures.matchesHex("key", BODY, KNOWN.substring(0, 62))).isFalse();
    assertThat(WebhookSignatures.matchesHex("key", BODY, KNOWN + "00")).isFalse();
    assertThat(WebhookSignatures.matchesHex("key", BODY, "")).isFalse();
  }

  @Test
  void nonHexOrOddLength_doesNotMatch() {
    assertThat(WebhookSignatures.matchesHex("key", BODY, "zz" + KNOWN.substring(2))).isFalse();
    assertThat(WebhookSignatures.matchesHex("key", BODY, KNOWN.substring(1))).isFalse();
    assertThat(WebhookSignatures.matchesHex("key", BODY, null)).isFalse();
  }

  @Test
  void nullOrEmptySecret_neverMatches_andCannotSign() {
    assertThat(WebhookSignatures.matchesHex(null, BODY, KNOWN)).isFalse();
    assertThat(WebhookSignatures.matchesHex("", BODY, KNOWN)).isFalse();
    assertThatThrownBy(() -> WebhookSignatures.hmacSha256Hex(null, BODY))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
