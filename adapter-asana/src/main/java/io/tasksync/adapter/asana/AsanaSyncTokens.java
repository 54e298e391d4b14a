package io.tasksync.adapter.asana;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Events API sync token of each (integration, project), taken when a full listing of the
 * project starts. Held in memory: after a restart the first incremental run gets a 412, takes a
 * fresh token, and deletions in between wait for the next reconciliation run.
 */
final class AsanaSyncTokens {

  private final Map<String, String> tokens = new ConcurrentHashMap<>();

  Optional<String> get(String integration, String project) {
    return Optional.ofNullable(tokens.get(integration + ":" + project));
  }

  void put(String integration, String project, String token) {
    if (token != null) {
      tokens.put(integration + ":" + project, token);
    }
  }
}
