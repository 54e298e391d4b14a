package io.tasksync.port.out;

import io.tasksync.domain.Provider;
import io.tasksync.domain.Workspace;
import java.util.List;
import java.util.stream.Stream;

/** Lists a provider's tasks, page by page, in tasksync's normalized shape. */
public interface TaskProvider {

  Provider provider();

  /**
   * Streams the pages of a listing lazily: each page is fetched when the stream reaches it, so
   * memory does not grow with the workspace. A full listing returns every task the grant can see
   * exactly once (closed tasks, subtasks, tasks outside the usual containers included). Resuming
   * from a page's checkpoint yields the pages after it. The stream must be closed.
   *
   * @throws AuthorizationException when the grant is expired or revoked
   * @throws RateLimitedException when the provider's rate limit was hit beyond the adapter's wait
   * @throws ProviderUnavailableException on 5xx, timeouts, connection failures
   * @throws UnexpectedPayloadException on malformed or unexpected responses
   */
  Stream<TaskPage> fetch(FetchRequest request);

  /**
   * The workspaces the grant covers.
   *
   * @throws AuthorizationException, ProviderUnavailableException as {@link #fetch}
   */
  List<Workspace> workspaces(TokenSource tokens);
}
