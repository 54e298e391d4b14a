package io.tasksync.app.security;

import io.tasksync.domain.OrganizationId;
import io.tasksync.port.out.SessionStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * Page sessions: an unguessable id (the HttpOnly cookie's value) mapped to the organization that
 * signed in, for a limited time, in the shared {@link SessionStore} so every instance knows them.
 * The store holds a SHA-256 digest of the id, never the cookie itself.
 */
public final class Sessions {

  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

  private final SessionStore store;
  private final SecureRandom random = new SecureRandom();
  private final Clock clock;
  private final Duration lifetime;

  public Sessions(SessionStore store, Clock clock, Duration lifetime) {
    this.store = store;
    this.clock = clock;
    this.lifetime = lifetime;
  }

  /** Opens a session and returns its id. */
  public String open(OrganizationId organization) {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String id = B64.encodeToString(bytes);
    if (!store.open(digest(id), organization, clock.instant().plus(lifetime))) {
      throw new IllegalStateException("a random 256-bit session id collided");
    }
    return id;
  }

  public Optional<OrganizationId> organizationOf(String sessionId) {
    if (sessionId == null || sessionId.isEmpty() || sessionId.length() > 100) {
      return Optional.empty();
    }
    return store.find(digest(sessionId), clock.instant());
  }

  /** Ends the session on every instance. */
  public void close(String sessionId) {
    if (sessionId != null && !sessionId.isEmpty() && sessionId.length() <= 100) {
      store.revoke(digest(sessionId));
    }
  }

  public Duration lifetime() {
    return lifetime;
  }

  private static String digest(String sessionId) {
    try {
      return B64.encodeToString(
          MessageDigest.getInstance("SHA-256").digest(sessionId.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
