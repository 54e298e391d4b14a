package io.tasksync.port.in;

import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.Provider;

/**
 * How an OAuth callback ended: connected (with the integration) or refused with an error code the
 * page explains.
 */
public record ConnectResult(Provider provider, IntegrationId integrationId, String errorCode) {

  public static ConnectResult connected(Provider provider, IntegrationId id) {
    return new ConnectResult(provider, id, null);
  }

  public static ConnectResult failed(Provider provider, String errorCode) {
    return new ConnectResult(provider, null, errorCode);
  }

  public boolean succeeded() {
    return errorCode == null;
  }
}
