package io.tasksync.domain;

/** Whether tasksync can currently act for an integration. */
public enum ConnectionStatus {
  CONNECTED,
  NEEDS_REAUTH,
  DISCONNECTED;

  public boolean canSync() {
    return this == CONNECTED;
  }
}
