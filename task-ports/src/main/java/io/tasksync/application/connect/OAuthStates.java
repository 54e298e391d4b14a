package io.tasksync.application.connect;

import io.tasksync.domain.OrganizationId;
import io.tasksync.domain.Provider;
import io.tasksync.port.out.PendingAuthorization;
import io.tasksync.port.out.PendingAuthorizationStore;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * OAuth {@code state} values: HMAC-signed, bound to an organization, a provider and the browser
 * that asked, short-lived and single-use. The PKCE verifier and the digest of the browser's binding
 * cookie stay on the server in the shared {@link PendingAuthorizationStore}, keyed by the state's
 * nonce, and are handed out once when the state is redeemed, by whichever instance the callback
 * reaches: the signing key is the same on every instance ({@link StateSigningKey}).
 */
public final class OAuthStates {

  /** A consent request just issued. */
  public record Issued(String state, String codeChallenge) {}

  /**
   * A redeemed state: who asked, for which provider, the PKCE verifier (or null) and the SHA-256
   * digest of the binding cookie of the browser that asked.
   */
  public record Pending(
      OrganizationId organization, Provider provider, String codeVerifier, String browserDigest) {

    /** Whether {@code binding}, the callback browser's binding cookie, is the one that asked. */
    public boolean startedIn(String binding) {
      return binding != null
          && MessageDigest.isEqual(
              browserDigest.getBytes(StandardCharsets.US_ASCII),
              digest(binding).getBytes(StandardCharsets.US_ASCII));
    }
  }

  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

  private final PendingAuthorizationStore pending;
  private final SecureRandom random = new SecureRandom();
  private final byte[] key;
  private final Clock clock;
  private final Duration lifetime;

  public OAuthStates(
      PendingAuthorizationStore pending, StateSigningKey key, Clock clock, Duration lifetime) {
    this.pending = pending;
    this.key = key.bytes();
    this.clock = clock;
    this.lifetime = lifetime;
  }

  /**
   * Issues a state for a consent request (with a PKCE pair when {@code pkce}), to be completed only
   * in the browser holding {@code browserBinding}.
   */
  public Issued issue(
      OrganizationId organization, Provider provider, boolean pkce, String browserBinding) {
    Instant now = clock.instant();
    String nonce = randomText(24);
    String verifier = pkce ? randomText(48) : null;
    Instant expiresAt = now.plus(lifetime);
    if (!pending.put(
        new PendingAuthorization(
            nonce, organization, provider, verifier, digest(browserBinding), expiresAt))) {
      throw new IllegalStateException("a random 192-bit nonce collided");
    }
    String payload =
        B64.encodeToString(
            (nonce + "\n" + provider.id() + "\n" + expiresAt.getEpochSecond() + "\n" + organization)
                .getBytes(StandardCharsets.UTF_8));
    String state = payload + "." + B64.encodeToString(mac(payload));
    return new Issued(state, verifier == null ? null : challenge(verifier));
  }

  /**
   * Redeems a state returned to the callback of {@code provider}. Any state is redeemed at most
   * once: a second attempt, a tampered or expired state, or one issued for another provider gives
   * empty.
   */
  public Optional<Pending> redeem(String state, Provider provider) {
    if (state == null || state.length() > 1024) {
      return Optional.empty();
    }
    int dot = state.indexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    String payload = state.substring(0, dot);
    byte[] presented;
    try {
      presented = Base64.getUrlDecoder().decode(state.substring(dot + 1));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (!MessageDigest.isEqual(mac(payload), presented)) {
      return Optional.empty();
    }
    String[] parts =
        new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8).split("\n", 4);
    PendingAuthorization entry =
        parts.length == 4 ? pending.take(parts[0], clock.instant()).orElse(null) : null;
    if (entry == null
        || entry.provider() != provider
        || !parts[1].equals(provider.id())
        || !parts[3].equals(entry.organization().value())) {
      return Optional.empty();
    }
    return Optional.of(
        new Pending(entry.organization(), provider, entry.codeVerifier(), entry.browserDigest()));
  }

  private byte[] mac(String payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
    }
  }

  private String randomText(int bytes) {
    byte[] b = new byte[bytes];
    random.nextBytes(b);
    return B64.encodeToString(b);
  }

  private static String digest(String text) {
    try {
      return B64.encodeToString(
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** The PKCE S256 challenge of a verifier. */
  public static String challenge(String verifier) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return B64.encodeToString(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
