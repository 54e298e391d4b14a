package io.tasksync.domain;

/** How a failure should be handled. */
public enum ErrorCategory {
  /** Retry with backoff: provider 5xx, timeouts, rate limits, store unavailable. */
  TRANSIENT,
  /** A person must act: expired or revoked grant, missing scope. No retries. */
  NEEDS_USER,
  /** tasksync or the provider is wrong: unexpected payload. Fail loudly, keep what is stored. */
  BUG
}
