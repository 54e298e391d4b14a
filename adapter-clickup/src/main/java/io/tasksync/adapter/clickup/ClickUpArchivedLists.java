package io.tasksync.adapter.clickup;

import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.RunKind;
import io.tasksync.port.out.FetchRequest;
import io.tasksync.port.out.ProviderStateStore;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The lists of a workspace that its workspace-wide listing leaves out, as the last walk of the
 * hierarchy found them, kept in the {@link ProviderStateStore} (one comma-separated value per
 * workspace). Full listings walk the hierarchy and keep what they found; incremental runs read the
 * kept lists instead of walking again (about three requests per space and one per folder), and walk
 * only when nothing is kept. A list archived after the last full listing is therefore reached by
 * the next full listing (the reconciliation), not by the incremental runs in between. A workspace
 * whose list ids do not fit in one value is walked by every run, as before.
 */
final class ClickUpArchivedLists {

  private static final String PREFIX = "clickup.archived-lists.";

  private final ClickUpTaskProvider provider;
  private final ProviderStateStore store;

  ClickUpArchivedLists(ClickUpTaskProvider provider, ProviderStateStore store) {
    this.provider = provider;
    this.store = store;
  }

  List<String> of(FetchRequest request, ClickUpTeam team) {
    IntegrationId integration = request.integration().id();
    String key = PREFIX + team.id();
    if (request.kind() == RunKind.INCREMENTAL) {
      Optional<String> kept = store.get(integration, key);
      if (kept.isPresent()) {
        return kept.get().isEmpty() ? List.of() : Arrays.asList(kept.get().split(","));
      }
    }
    List<String> walked = provider.archivedLists(request.tokens(), team);
    String value = String.join(",", walked);
    if (value.length() <= ProviderStateStore.MAX_VALUE_LENGTH) {
      store.put(integration, key, value);
    }
    return walked;
  }
}
