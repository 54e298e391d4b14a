package io.tasksync.application;

import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.SyncState;
import io.tasksync.port.out.StoreUnavailableException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Taking and giving back this worker's lease on an integration's sync state. */
final class RunLease {

  private static final Logger log = LoggerFactory.getLogger(RunLease.class);

  private final SyncRunContext context;

  RunLease(SyncRunContext context) {
    this.context = context;
  }

  /**
   * Takes the integration's lease, retrying a store that is briefly unavailable (for example a
   * transaction aborted while a dead process's transaction still holds its lock) with the run's
   * bounded backoff; the last failure is thrown.
   */
  Optional<SyncState> acquire(IntegrationId id) {
    SyncSettings settings = context.settings();
    for (int attempt = 1; ; attempt++) {
      try {
        return context
            .states()
            .acquireLease(id, settings.owner(), context.now(), settings.leaseTtl());
      } catch (StoreUnavailableException e) {
        if (attempt >= settings.maxAttempts() || context.stopping()) {
          throw e;
        }
        try {
          context.sleeper().sleep(settings.backoff().delay(attempt));
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }

  void release(IntegrationId id) {
    context.states().releaseLease(id, context.settings().owner());
  }

  /** Releases the lease; a failure is logged, as the lease expires on its own. */
  void releaseQuietly(IntegrationId id) {
    try {
      release(id);
    } catch (RuntimeException e) {
      log.warn("could not release the lease of {}; it expires on its own: {}", id, e.toString());
    }
  }
}
