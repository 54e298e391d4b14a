package io.tasksync.application.memory;

import io.tasksync.port.out.PendingAuthorization;
import io.tasksync.port.out.PendingAuthorizationStore;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The reference {@link PendingAuthorizationStore}: thread-safe, in memory. */
public final class InMemoryPendingAuthorizationStore implements PendingAuthorizationStore {

  private final Map<String, PendingAuthorization> pending = new ConcurrentHashMap<>();

  @Override
  public boolean put(PendingAuthorization authorization) {
    return pending.putIfAbsent(authorization.nonce(), authorization) == null;
  }

  @Override
  public Optional<PendingAuthorization> take(String nonce, Instant now) {
    pending.values().removeIf(p -> !p.liveAt(now) && !p.nonce().equals(nonce));
    return Optional.ofNullable(pending.remove(nonce)).filter(p -> p.liveAt(now));
  }
}
