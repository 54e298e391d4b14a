package io.tasksync.application;

import io.tasksync.domain.Lease;
import io.tasksync.domain.SyncState;
import java.util.function.UnaryOperator;

/** A run's current sync state, saved under this worker's lease (renewing it) at each change. */
final class RunCheckpoints {

  private final SyncRunContext context;
  private SyncState state;

  RunCheckpoints(SyncRunContext context, SyncState state) {
    this.context = context;
    this.state = state;
  }

  SyncState state() {
    return state;
  }

  /** Applies the change and saves the result with a renewed lease. */
  SyncState save(UnaryOperator<SyncState> change) {
    SyncState next = change.apply(state);
    SyncSettings settings = context.settings();
    SyncState leased =
        next.withLease(Lease.of(settings.owner(), context.now(), settings.leaseTtl()));
    context.states().save(leased);
    state = leased;
    return leased;
  }

  /** Applies the change without saving it (when the store could not take it). */
  void keepUnsaved(UnaryOperator<SyncState> change) {
    state = change.apply(state);
  }
}
