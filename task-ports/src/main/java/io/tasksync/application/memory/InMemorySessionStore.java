package io.tasksync.application.memory;

import io.tasksync.domain.OrganizationId;
import io.tasksync.port.out.SessionStore;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The reference {@link SessionStore}: thread-safe, in memory, expired sessions pruned on open. */
public final class InMemorySessionStore implements SessionStore {

  private record Session(OrganizationId organization, Instant expiresAt) {}

  private final Map<String, Session> sessions = new ConcurrentHashMap<>();

  @Override
  public boolean open(String key, OrganizationId organization, Instant expiresAt) {
    return sessions.putIfAbsent(key, new Session(organization, expiresAt)) == null;
  }

  @Override
  public Optional<OrganizationId> find(String key, Instant now) {
    sessions.values().removeIf(s -> !now.isBefore(s.expiresAt()));
    return Optional.ofNullable(sessions.get(key))
        .filter(s -> now.isBefore(s.expiresAt()))
        .map(Session::organization);
  }

  @Override
  public void revoke(String key) {
    sessions.remove(key);
  }
}
