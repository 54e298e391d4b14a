package io.tasksync.port.in;

import io.tasksync.domain.Provider;
import java.util.Objects;

/**
 * What the provider's OAuth callback brought back: its {@code code}, {@code state} and {@code
 * error} query parameters (each null when absent), and the binding secret of the browser it arrived
 * in (null when the browser presented none).
 */
public record ConnectCallback(
    Provider provider, String code, String state, String error, String browserBinding) {

  public ConnectCallback {
    Objects.requireNonNull(provider, "provider");
  }
}
