package io.tasksync.app.security;

import io.tasksync.domain.OrganizationId;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Server-side page sessions: an unguessable id (the HttpOnly cookie's value) mapped to the
 * organization that signed in, for a limited time.
 */
public final class Sessions {

  private record Session(OrganizationId organization, Instant expiresAt) {}

  private final Map<String, Session> sessions = new ConcurrentHashMap<>();
  private final SecureRandom random = new SecureRandom();
  private final Clock clock;
  private final Duration lifetime;

  public Sessions(Clock clock, Duration lifetime) {
    this.clock = clock;
    this.lifetime = lifetime;
  }

  /** Opens a session and returns its id. */
  public String open(OrganizationId organization) {
    Instant now = clock.instant();
    sessions.values().removeIf(s -> now.isAfter(s.expiresAt()));
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    sessions.put(id, new Session(organization, now.plus(lifetime)));
    return id;
  }

  public Optional<OrganizationId> organizationOf(String sessionId) {
    if (sessionId == null) {
      return Optional.empty();
    }
    Session s = sessions.get(sessionId);
    if (s == null || clock.instant().isAfter(s.expiresAt())) {
      return Optional.empty();
    }
    return Optional.of(s.organization());
  }

  public void close(String sessionId) {
    if (sessionId != null) {
      sessions.remove(sessionId);
    }
  }

  public Duration lifetime() {
    return lifetime;
  }
}
