package io.tasksync.adapter.clickup;

import com.fasterxml.jackson.databind.JsonNode;
import io.tasksync.domain.RunKind;
import io.tasksync.kit.MappedItems;
import io.tasksync.port.out.FetchRequest;
import io.tasksync.port.out.TaskPage;
import io.tasksync.port.out.UnexpectedPayloadException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Walks every authorized workspace page by page. ClickUp's {@code archived} parameter selects tasks
 * by their own archived flag (true: only archived tasks; false, the default: only the others), and
 * the workspace-wide listing never returns the tasks of archived lists, folders or spaces. So each
 * workspace is read as: the workspace-wide listing with {@code archived=false}, then, when archived
 * tasks are included, the same listing with {@code archived=true}, then each list the
 * workspace-wide listing leaves out, with {@code archived=false} and then {@code archived=true}.
 * Every task is in exactly one of these listings. Each page is fetched when asked for; only the
 * current workspace's space names, time totals and left-out lists are held.
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
                    "/team/" + team.id() + "/task?" + filters(),
                    "page " + position.page() + " of the tasks of workspace " + team.id());
        return page(team, body, afterTeamListing(team));
      }
      List<String> lists = archivedLists(team);
      int index = lists.indexOf(position.listId());
      if (index < 0) {
        position = nextTeam(team);
        continue;
      }
      ClickUpCursor afterList =
          position.archivedTasks()
              ? nextList(team, lists, index)
              : ClickUpCursor.archived(team.id(), position.listId(), true);
      try {
        JsonNode body =
            provider
                .http()
                .get(
                    request.tokens(),
                    "/list/" + position.listId() + "/task?" + filters(),
                    "page " + position.page() + " of archived list " + position.listId());
        return page(team, body, afterList);
      } catch (ClickUpNotFoundException gone) {
        position = nextList(team, lists, index);
      }
    }
    return null;
  }

  private TaskPage page(ClickUpTeam team, JsonNode body, ClickUpCursor afterLast) {
    JsonNode tasks = body.path("tasks");
    if (!tasks.isArray()) {
      throw new UnexpectedPayloadException(
          "ClickUp's task page "
              + position.page()
              + " of workspace "
              + team.id()
              + " has no tasks array");
    }
    JsonNode lastPage = body.path("last_page");
    boolean last = lastPage.isBoolean() ? lastPage.asBoolean() : tasks.size() < PAGE_SIZE;
    if (tasks.size() == 0) {
      last = true;
    }
    ClickUpTaskMapper.Context ctx = tasks.size() > 0 ? context(team) : null;
    MappedItems mapped = MappedItems.map(tasks, "id", t -> ClickUpTaskMapper.map(t, ctx));
    position = last ? afterLast : position.nextPage();
    return mapped.page(position.toJson());
  }

  /** After the workspace-wide listing of active tasks comes that of archived ones, then lists. */
  private ClickUpCursor afterTeamListing(ClickUpTeam team) {
    if (!provider.config().includeArchived()) {
      return nextTeam(team);
    }
    if (!position.archivedTasks()) {
      return ClickUpCursor.tasks(team.id(), true);
    }
    List<String> lists = archivedLists(team);
    return lists.isEmpty()
        ? nextTeam(team)
        : ClickUpCursor.archived(team.id(), lists.get(0), false);
  }

  private ClickUpCursor nextList(ClickUpTeam team, List<String> lists, int index) {
    return index + 1 < lists.size()
        ? ClickUpCursor.archived(team.id(), lists.get(index + 1), false)
        : nextTeam(team);
  }

  private ClickUpCursor nextTeam(ClickUpTeam team) {
    int i = teams.indexOf(team);
    return i + 1 < teams.size()
        ? ClickUpCursor.tasks(teams.get(i + 1).id(), false)
        : ClickUpCursor.DONE;
  }

  /** The first position at or after a saved cursor; a workspace no longer granted is skipped. */
  private ClickUpCursor resolve(ClickUpCursor cursor) {
    if (teams.isEmpty()) {
      return ClickUpCursor.DONE;
    }
    if (cursor == null) {
      return ClickUpCursor.tasks(teams.get(0).id(), false);
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
        return ClickUpCursor.tasks(t.id(), false);
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
      archivedLists = provider.archivedLists().of(request, team);
      archivedTeam = team.id();
    }
    return archivedLists;
  }

  private String filters() {
    String q =
        "page="
            + position.page()
            + "&archived="
            + position.archivedTasks()
            + "&order_by=created&include_closed=true&subtasks=true";
    if (request.kind() == RunKind.INCREMENTAL) {
      long since = request.since().minus(provider.config().incrementalOverlap()).toEpochMilli();
      q += "&date_updated_gt=" + since;
    }
    return q;
  }
}
