package io.tasksync.port.out;

import java.util.List;

/** A page of an integration's external task ids, for reconciliation. */
public record ExternalIdPage(List<String> externalIds, String nextCursor) {

  public ExternalIdPage {
    externalIds = List.copyOf(externalIds);
  }

  public boolean hasMore() {
    return nextCursor != null;
  }
}
