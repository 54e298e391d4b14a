package io.tasksync.application.memory;

import io.tasksync.domain.IntegrationId;
import io.tasksync.port.out.WebhookKey;
import io.tasksync.port.out.WebhookSecretStore;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/** The reference {@link WebhookSecretStore}: thread-safe, in memory. */
public final class InMemoryWebhookSecretStore implements WebhookSecretStore {

  private record Entry(String secret, Instant expiresAt) {
    boolean awaitsHandshakeAt(Instant now) {
      return secret == null && now.isBefore(expiresAt);
    }
  }

  private final Map<WebhookKey, Entry> entries = new ConcurrentHashMap<>();

  @Override
  public boolean expect(WebhookKey key, Instant expiresAt) {
    return entries.putIfAbsent(key, new Entry(null, expiresAt)) == null;
  }

  @Override
  public boolean establish(WebhookKey key, String secret, Instant now) {
    AtomicBoolean established = new AtomicBoolean();
    entries.computeIfPresent(
        key,
        (k, entry) -> {
          if (!entry.awaitsHandshakeAt(now)) {
            return entry;
          }
          established.set(true);
          return new Entry(secret, null);
        });
    return established.get();
  }

  @Override
  public void put(WebhookKey key, String secret) {
    entries.put(key, new Entry(secret, null));
  }

  @Override
  public Optional<String> get(WebhookKey key) {
    return Optional.ofNullable(entries.get(key)).map(Entry::secret);
  }

  @Override
  public void deleteAll(IntegrationId integrationId) {
    entries.keySet().removeIf(k -> k.integrationId().equals(integrationId));
  }
}
