package io.tasksync.port.in;

import io.tasksync.domain.Integration;

/** Disconnects an integration. */
public interface DisconnectUseCase {

  /**
   * Pauses the integration's sync (a running run loses its lease and stops after its page), revokes
   * the grant where the provider allows it (best effort: a failed revoke is reported, not thrown),
   * marks the integration DISCONNECTED without credentials, forgets its webhook secrets and what
   * the provider adapter kept between runs, and deletes its imported tasks when {@code
   * deleteTasks}. Repeating it is harmless. The caller checks that the integration belongs to
   * whoever asked.
   */
  Disconnected disconnect(Integration integration, boolean deleteTasks);
}
