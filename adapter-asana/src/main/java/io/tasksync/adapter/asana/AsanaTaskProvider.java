package io.tasksync.adapter.asana;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tasksync.domain.Provider;
import io.tasksync.domain.Workspace;
import io.tasksync.kit.paging.ReadAhead;
import io.tasksync.port.out.FetchRequest;
import io.tasksync.port.out.ProviderStateStore;
import io.tasksync.port.out.TaskPage;
import io.tasksync.port.out.TaskProvider;
import io.tasksync.port.out.TokenSource;
import java.time.Clock;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** Lists an Asana grant's tasks lazily, page by page, with a checkpoint after every page. */
final class AsanaTaskProvider implements TaskProvider {

  /** Pages listed ahead while the caller stores earlier ones. */
  private static final int READ_AHEAD = 3;

  private final AsanaConfig config;
  private final AsanaHttp http;
  private final ObjectMapper json;
  private final AsanaSyncTokens syncTokens;

  AsanaTaskProvider(
      AsanaConfig config,
      AsanaHttp http,
      ObjectMapper json,
      ProviderStateStore state,
      Clock clock) {
    this.config = config;
    this.http = http;
    this.json = json;
    this.syncTokens = new AsanaSyncTokens(state, clock);
  }

  @Override
  public Provider provider() {
    return Provider.ASANA;
  }

  @Override
  public Stream<TaskPage> fetch(FetchRequest request) {
    String key = request.integration().id().value();
    AsanaListing listing = new AsanaListing(http, key, request.tokens());
    AsanaEventsReader events =
        new AsanaEventsReader(
            http,
            syncTokens,
            request.integration(),
            request.tokens(),
            config.listing().useEvents());
    ReadAhead<TaskPage> pages =
        new ReadAhead<>(
            new AsanaWalk(listing, events, request, config, json), READ_AHEAD, "asana-read-ahead");
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(pages, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(pages::close);
  }

  @Override
  public List<Workspace> workspaces(TokenSource tokens) {
    return AsanaWorkspaces.all(new AsanaListing(http, "workspaces", tokens));
  }
}
