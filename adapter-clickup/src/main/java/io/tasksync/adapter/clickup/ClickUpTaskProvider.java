package io.tasksync.adapter.clickup;

import com.fasterxml.jackson.databind.JsonNode;
import io.tasksync.domain.Provider;
import io.tasksync.domain.Workspace;
import io.tasksync.port.out.FetchRequest;
import io.tasksync.port.out.TaskPage;
import io.tasksync.port.out.TaskProvider;
import io.tasksync.port.out.TokenSource;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** Lists ClickUp tasks of every authorized workspace through the workspace-wide task listing. */
final class ClickUpTaskProvider implements TaskProvider {

  private final ClickUpHttp http;
  private final ClickUpConfig config;
  private final ClickUpTimeTotals timeTotals;
  private final Clock clock;

  ClickUpTaskProvider(ClickUpHttp http, ClickUpConfig config, Clock clock) {
    this.http = http;
    this.config = config;
    this.timeTotals = new ClickUpTimeTotals(http, config);
    this.clock = clock;
  }

  @Override
  public Provider provider() {
    return Provider.CLICKUP;
  }

  @Override
  public Stream<TaskPage> fetch(FetchRequest request) {
    ClickUpPrefetcher pages =
        new ClickUpPrefetcher(new ClickUpPager(this, request), config.readAheadPages());
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(pages, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(pages::close);
  }

  @Override
  public List<Workspace> workspaces(TokenSource tokens) {
    return teams(tokens).stream().map(t -> new Workspace(t.id(), t.name())).toList();
  }

  List<ClickUpTeam> teams(TokenSource tokens) {
    return ClickUpTeam.parse(http.get(tokens, "/team", "the authorized workspaces (GET /team)"));
  }

  Map<String, String> spaceNames(TokenSource tokens, ClickUpTeam team) {
    Map<String, String> names = new HashMap<>();
    JsonNode body =
        http.get(
            tokens,
            "/team/" + team.id() + "/space?archived=false",
            "the spaces of workspace " + team.id());
    for (JsonNode s : body.path("spaces")) {
      String id = ClickUpTaskMapper.text(s, "id");
      if (id != null) {
        names.put(id, ClickUpTaskMapper.text(s, "name"));
      }
    }
    return names;
  }

  /** The archived lists of a workspace (in folders and folderless), sorted by id. */
  List<String> archivedLists(TokenSource tokens, ClickUpTeam team) {
    List<String> lists = new ArrayList<>();
    for (String space : spaceNames(tokens, team).keySet()) {
      addLists(tokens, "/space/" + space + "/list?archived=true", lists);
      JsonNode folders =
          http.get(
              tokens,
              "/space/" + space + "/folder?archived=false",
              "the folders of space " + space);
      for (JsonNode f : folders.path("folders")) {
        addLists(
            tokens, "/folder/" + ClickUpTaskMapper.text(f, "id") + "/list?archived=true", lists);
      }
    }
    lists.sort(ClickUpTeam::compareIds);
    return lists;
  }

  private void addLists(TokenSource tokens, String path, List<String> into) {
    for (JsonNode l : http.get(tokens, path, "the archived lists at " + path).path("lists")) {
      String id = ClickUpTaskMapper.text(l, "id");
      if (id != null) {
        into.add(id);
      }
    }
  }

  ClickUpHttp http() {
    return http;
  }

  ClickUpConfig config() {
    return config;
  }

  ClickUpTimeTotals timeTotals() {
    return timeTotals;
  }

  Clock clock() {
    return clock;
  }
}
