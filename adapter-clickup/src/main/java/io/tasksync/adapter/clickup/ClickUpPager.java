package io.tasksync.adapter.clickup;

import com.fasterxml.jackson.databind.JsonNode;
import io.tasksync.domain.RunKind;
import io.tasksync.domain.Task;
import io.tasksync.port.out.FetchRequest;
import io.tasksync.port.out.TaskPage;
import io.tasksync.port.out.UnexpectedPayloadException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Walks every authorized workspace page by page: the workspace-wide task listing (closed tasks and
 * subtasks included, page numbers until {@code last_page}), then, when configured, the tasks of the
 * lists that listing leaves out (archived lists, and the lists of archived folders and spaces).
 * Each page is fetched when asked for; only the current workspace's space names and time totals are
 * held.
 */
final class ClickUpPager implements Iterator<TaskPage> {

  static final int PAGE_SIZE = 100;

  private final ClickUpTaskProvider provider;
  private final FetchRequest request;
  private final ClickUpCursor start;
  private List<ClickUpTeam> teams;
  private ClickUpCursor position;
  private String contextTeam;
  private ClickUpTaskMapper.Context context;
  private List<String> archivedLists;
  private String archivedTeam;
  private TaskPage next;

  ClickUpPager(ClickUpTaskProvider provider, FetchRequest request) {
    this.provider = provider;
    this.request = request;
    this.start = ClickUpCursor.parse(request.cursor());
  }

  @Override
  public boolean hasNext() {
    if (next == null) {
      next = advance();
    }
    return next != null;
  }

  @Override
  public TaskPage next() {
    if (!hasNext()) {
      throw new NoSuchElementException("the ClickUp listing is complete");
    }
    TaskPage page = next;
    next = null;
    return page;
  }

  private TaskPage advance() {
    if (teams == null) {
      teams = provider.teams(request.tokens());
      position = resolve(start);
    }
    while (position.phase() != ClickUpCursor.Phase.DONE) {
      ClickUpTeam team = team(position.teamId());
      if (position.phase() == ClickUpCursor.Phase.TASKS) {
        JsonNode body =
            provider
                .http()
                .get(
                    request.tokens(),
                    teamTasksPath(team, position.page()),
                    "page " + position.page() + " of the tasks of workspace " + team.id());
        return page(team, body, position.page(), afterTasks(team));
      }
      List<String> lists = archivedLists(team);
      int index = lists.indexOf(position.listId());
      if (index < 0) {
        position = nextTeam(team);
        continue;
      }
      ClickUpCursor afterList =
          index + 1 < lists.size()
              ? ClickUpCursor.archived(team.id(), lists.get(index + 1), 0)
              : nextTeam(team);
      try {
        JsonNode body =
            provider
                .http()
                .get(
                    request.tokens(),
                    listTasksPath(position.listId(), position.page()),
                    "page " + position.page() + " of archived list " + position.listId());
        return page(team, body, position.page(), afterList);
      } catch (ClickUpNotFoundException gone) {
        position = afterList;
      }
    }
    return null;
  }

  private TaskPage page(ClickUpTeam team, JsonNode body, int pageNo, ClickUpCursor afterLast) {
    JsonNode tasks = body.path("tasks");
    if (!tasks.isArray()) {
      throw new UnexpectedPayloadException(
          "ClickUp's task page " + pageNo + " of workspace " + team.id() + " has no tasks array");
    }
    JsonNode lastPage = body.path("last_page");
    boolean last = lastPage.isBoolean() ? lastPage.asBoolean() : tasks.size() < PAGE_SIZE;
    if (tasks.size() == 0) {
      last = true;
    }
    List<Task> mapped = new ArrayList<>(tasks.size());
    if (tasks.size() > 0) {
      ClickUpTaskMapper.Context ctx = context(team);
      for (JsonNode t : tasks) {
        mapped.add(ClickUpTaskMapper.map(t, ctx));
      }
    }
    position =
        last
            ? afterLast
            : new ClickUpCursor(team.id(), position.phase(), pageNo + 1, position.listId());
    return TaskPage.of(mapped, position.toJson());
  }

  private ClickUpCursor afterTasks(ClickUpTeam team) {
    if (provider.config().includeArchived()) {
      List<String> lists = archivedLists(team);
      if (!lists.isEmpty()) {
        return ClickUpCursor.archived(team.id(), lists.get(0), 0);
      }
    }
    return nextTeam(team);
  }

  private ClickUpCursor nextTeam(ClickUpTeam team) {
    int i = teams.indexOf(team);
    return i + 1 < teams.size()
        ? ClickUpCursor.tasks(teams.get(i + 1).id(), 0)
        : ClickUpCursor.DONE;
  }

  /** The first position at or after a saved cursor; a workspace no longer granted is skipped. */
  private ClickUpCursor resolve(ClickUpCursor cursor) {
    if (teams.isEmpty()) {
      return ClickUpCursor.DONE;
    }
    if (cursor == null) {
      return ClickUpCursor.tasks(teams.get(0).id(), 0);
    }
    if (cursor.phase() == ClickUpCursor.Phase.DONE) {
      return cursor;
    }
    for (ClickUpTeam t : teams) {
      int c = ClickUpTeam.compareIds(t.id(), cursor.teamId());
      if (c == 0) {
        return cursor;
      }
      if (c > 0) {
        return ClickUpCursor.tasks(t.id(), 0);
      }
    }
    return ClickUpCursor.DONE;
  }

  private ClickUpTeam team(String id) {
    return teams.stream()
        .filter(t -> t.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("workspace " + id + " left the listing"));
  }

  private ClickUpTaskMapper.Context context(ClickUpTeam team) {
    if (!team.id().equals(contextTeam)) {
      Map<String, String> spaces = provider.spaceNames(request.tokens(), team);
      Map<String, Long> totals =
          provider.config().importTimeTracked()
              ? provider.timeTotals().load(request.tokens(), team, provider.clock().millis())
              : null;
      context =
          new ClickUpTaskMapper.Context(
              request.integration(), spaces, totals, provider.config().rawPayloadMaxBytes());
      contextTeam = team.id();
    }
    return context;
  }

  private List<String> archivedLists(ClickUpTeam team) {
    if (!team.id().equals(archivedTeam)) {
      archivedLists = provider.archivedLists(request.tokens(), team);
      archivedTeam = team.id();
    }
    return archivedLists;
  }

  private String teamTasksPath(ClickUpTeam team, int page) {
    return "/team/" + team.id() + "/task?" + filters(page);
  }

  private String listTasksPath(String listId, int page) {
    return "/list/" + listId + "/task?archived=true&" + filters(page);
  }

  private String filters(int page) {
    String q = "page=" + page + "&order_by=created&include_closed=true&subtasks=true";
    if (request.kind() == RunKind.INCREMENTAL) {
      long since = request.since().minus(provider.config().incrementalOverlap()).toEpochMilli();
      q += "&date_updated_gt=" + since;
    }
    return q;
  }
}
