package io.tasksync.adapter.clickup;

import com.fasterxml.jackson.databind.JsonNode;
import io.tasksync.domain.Provider;
import io.tasksync.domain.Workspace;
import io.tasksync.kit.paging.ReadAhead;
import io.tasksync.port.out.FetchRequest;
import io.tasksync.port.out.ProviderStateStore;
import io.tasksync.port.out.TaskPage;
import io.tasksync.port.out.TaskProvider;
import io.tasksync.port.out.TokenSource;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** Lists ClickUp tasks of every authorized workspace through the workspace-wide task listing. */
final class ClickUpTaskProvider implements TaskProvider {

  private final ClickUpHttp http;
  private final ClickUpConfig config;
  private final ClickUpTimeTotals timeTotals;
  private final Clock clock;
  private final ClickUpArchivedLists archivedLists;

  ClickUpTaskProvider(
      ClickUpHttp http, ClickUpConfig config, Clock clock, ProviderStateStore state) {
    this.http = http;
    this.config = config;
    this.timeTotals = new ClickUpTimeTotals(http, config);
    this.clock = clock;
    this.archivedLists = new ClickUpArchivedLists(this, state);
  }

  @Override
  public Provider provider() {
    return Provider.CLICKUP;
  }

  @Override
  public Stream<TaskPage> fetch(FetchRequest request) {
    ReadAhead<TaskPage> pages =
        new ReadAhead<>(
            new ClickUpPager(this, request),
            config.budget().readAheadPages(),
            "clickup-page-prefetch");
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

  /**
   * The lists the workspace-wide listing leaves out, sorted by id: archived lists in active spaces
   * and folders, and every list of an archived folder or space (ClickUp hides archived containers
   * unless asked for with {@code archived=true}).
   */
  List<String> archivedLists(TokenSource tokens, ClickUpTeam team) {
    Set<String> lists = new TreeSet<>(ClickUpTeam::compareIds);
    for (String space : spaceNames(tokens, team).keySet()) {
      addLists(tokens, "/space/" + space + "/list?archived=true", lists);
      for (String folder : folders(tokens, space, false)) {
        addLists(tokens, "/folder/" + folder + "/list?archived=true", lists);
      }
      for (String folder : folders(tokens, space, true)) {
        addAllLists(tokens, "/folder/" + folder + "/list", lists);
      }
    }
    JsonNode archivedSpaces =
        http.get(
            tokens,
            "/team/" + team.id() + "/space?archived=true",
            "the archived spaces of workspace " + team.id());
    for (JsonNode s : archivedSpaces.path("spaces")) {
      String space = ClickUpTaskMapper.text(s, "id");
      if (space == null) {
        continue;
      }
      addAllLists(tokens, "/space/" + space + "/list", lists);
      for (boolean archived : new boolean[] {false, true}) {
        for (String folder : folders(tokens, space, archived)) {
          addAllLists(tokens, "/folder/" + folder + "/list", lists);
        }
      }
    }
    return new ArrayList<>(lists);
  }

  private List<String> folders(TokenSource tokens, String space, boolean archived) {
    List<String> ids = new ArrayList<>();
    JsonNode body =
        http.get(
            tokens,
            "/space/" + space + "/folder?archived=" + archived,
            (archived ? "the archived folders" : "the folders") + " of space " + space);
    for (JsonNode f : body.path("folders")) {
      String id = ClickUpTaskMapper.text(f, "id");
      if (id != null) {
        ids.add(id);
      }
    }
    return ids;
  }

  /** The lists at {@code path}, archived or not: everything under an archived container. */
  private void addAllLists(TokenSource tokens, String path, Set<String> into) {
    addLists(tokens, path + "?archived=false", into);
    addLists(tokens, path + "?archived=true", into);
  }

  private void addLists(TokenSource tokens, String path, Set<String> into) {
    for (JsonNode l : http.get(tokens, path, "the lists at " + path).path("lists")) {
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

  ClickUpArchivedLists archivedLists() {
    return archivedLists;
  }
}
