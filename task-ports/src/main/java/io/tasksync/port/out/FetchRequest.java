package io.tasksync.port.out;

import io.tasksync.domain.Integration;
import io.tasksync.domain.RunKind;
import java.time.Instant;
import java.util.Objects;

/**
 * What to list from a provider.
 *
 * @param integration whose tasks to list (organization, integration id, workspaces)
 * @param kind full listing or changes only
 * @param cursor where to resume, from a previous {@link TaskPage#checkpoint()}; null to start
 * @param since for {@link RunKind#INCREMENTAL}: changes at or after this instant (the provider adds
 *     its own overlap); null otherwise
 * @param tokens the access token source
 */
public record FetchRequest(
    Integration integration, RunKind kind, String cursor, Instant since, TokenSource tokens) {

  public FetchRequest {
    Objects.requireNonNull(integration, "integration");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(tokens, "tokens");
    if (kind == RunKind.INCREMENTAL && since == null) {
      throw new IllegalArgumentException("since is required for an incremental run");
    }
  }

  public static FetchRequest full(Integration integration, TokenSource tokens) {
    return new FetchRequest(integration, RunKind.INITIAL, null, null, tokens);
  }

  public FetchRequest resumingAt(String newCursor) {
    return new FetchRequest(integration, kind, newCursor, since, tokens);
  }
}
