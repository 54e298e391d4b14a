package io.tasksync.adapter.asana;

import io.tasksync.domain.IntegrationId;
import io.tasksync.port.out.ProviderStateStore;
import java.util.Optional;

/**
 * The Events API sync token of each (integration, project), taken when a full listing of the
 * project starts and moved on by every incremental run. Kept in the {@link ProviderStateStore}, so
 * a restarted process continues from the last token instead of meeting a 412.
 */
final class AsanaSyncTokens {

  private static final String PREFIX = "asana.events.sync.";

  private final ProviderStateStore store;

  AsanaSyncTokens(ProviderStateStore store) {
    this.store = store;
  }

  Optional<String> get(IntegrationId integration, String project) {
    return store.get(integration, PREFIX + project);
  }

  void put(IntegrationId integration, String project, String token) {
    if (token != null) {
      store.put(integration, PREFIX + project, token);
    }
  }
}
