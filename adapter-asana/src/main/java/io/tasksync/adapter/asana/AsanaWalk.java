package io.tasksync.adapter.asana;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tasksync.domain.Integration;
import io.tasksync.domain.RunKind;
import io.tasksync.domain.Task;
import io.tasksync.domain.Workspace;
import io.tasksync.kit.Lenient;
import io.tasksync.kit.MappedItems;
import io.tasksync.port.out.FetchRequest;
import io.tasksync.port.out.TaskPage;
import io.tasksync.port.out.UnmappedTask;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One listing, page by page: per workspace, each project's tasks (with their subtasks), then each
 * user's tasks that are in no project. A task in several projects is emitted once, under the first
 * of its memberships that the walk lists, so no set of seen ids is needed.
 */
final class AsanaWalk implements Iterator<TaskPage> {

  private static final Logger log = LoggerFactory.getLogger(AsanaWalk.class);
  private static final int MAX_RESTARTS = 10;

  private final AsanaListing listing;
  private final AsanaEventsReader events;
  private final Integration integration;
  private final ObjectMapper json;
  private final boolean includeArchived;
  private final boolean incremental;
  private final Instant modifiedSince;
  private AsanaCursor cursor;
  private List<Workspace> workspaces;
  private int loadedWorkspace = -1;
  private List<JsonNode> projects;
  private Set<String> included;
  private List<JsonNode> users;
  private TaskPage next;
  private int restarts;

  AsanaWalk(
      AsanaListing listing,
      AsanaEventsReader events,
      FetchRequest request,
      AsanaConfig config,
      ObjectMapper json) {
    this.listing = listing;
    this.events = events;
    this.integration = request.integration();
    this.json = json;
    this.includeArchived = config.includeArchivedProjects();
    this.incremental = request.kind() == RunKind.INCREMENTAL;
    this.modifiedSince = incremental ? request.since().minus(config.modifiedSinceOverlap()) : null;
    this.cursor = AsanaCursor.decode(request.cursor(), json);
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
      throw new NoSuchElementException();
    }
    TaskPage page = next;
    next = null;
    return page;
  }

  private TaskPage advance() {
    while (!AsanaCursor.DONE.equals(cursor.phase())) {
      if (workspaces == null) {
        workspaces = AsanaWorkspaces.list(listing, integration);
      }
      if (cursor.workspace() >= workspaces.size()) {
        cursor = new AsanaCursor(cursor.workspace(), AsanaCursor.DONE, 0, null, null);
        break;
      }
      loadWorkspace();
      TaskPage page = AsanaCursor.PROJECTS.equals(cursor.phase()) ? projectPage() : userPage();
      if (page != null) {
        return page;
      }
    }
    return null;
  }

  private String workspaceGid() {
    return workspaces.get(cursor.workspace()).externalId();
  }

  private void loadWorkspace() {
    if (loadedWorkspace == cursor.workspace()) {
      return;
    }
    String ws = AsanaListing.enc(workspaceGid());
    projects =
        listing.all(
            "/projects?workspace="
                + ws
                + (includeArchived ? "" : "&archived=false")
                + "&opt_fields="
                + AsanaFields.PROJECT);
    included = new HashSet<>();
    projects.forEach(p -> included.add(p.path("gid").asText()));
    users = null;
    loadedWorkspace = cursor.workspace();
  }

  /** The next page of the current project, or null after moving on to the next stage. */
  private TaskPage projectPage() {
    int i = relocate(projects, cursor);
    if (i >= projects.size()) {
      cursor = cursor.phase(AsanaCursor.USERS);
      return null;
    }
    String project = projects.get(i).path("gid").asText();
    if (cursor.offset() == null && !incremental) {
      events.startTracking(project);
    }
    AsanaListing.Page page;
    try {
      page = listing.page(taskQuery("project=" + AsanaListing.enc(project)), cursor.offset());
    } catch (AsanaFailure.OffsetExpired e) {
      restartOrFail(e);
      log.info("an offset of project {} expired; its listing starts again", project);
      cursor = cursor.at(i, project);
      return null;
    } catch (AsanaFailure.NotFound e) {
      log.info("project {} disappeared during the walk; it is skipped", project);
      cursor = next(i);
      return null;
    }
    List<JsonNode> items = new ArrayList<>();
    for (JsonNode t : page.items()) {
      if (project.equals(home(t, project))) {
        items.add(t);
        if (!incremental) {
          addSubtasks(t, items);
        }
      }
    }
    MappedItems mapped = map(items);
    List<Task> tasks = new ArrayList<>(mapped.tasks());
    List<UnmappedTask> unmapped = new ArrayList<>(mapped.unmapped());
    List<String> deleted = List.of();
    boolean reconcileNeeded = false;
    if (page.nextOffset() == null) {
      if (incremental) {
        AsanaEventsReader.Changes changes = events.changesSince(project, modifiedSince, included);
        tasks.addAll(changes.tasks());
        unmapped.addAll(changes.unmapped());
        deleted = changes.deletedIds();
        reconcileNeeded = changes.reconcileNeeded();
      }
      cursor = next(i);
    } else {
      cursor = cursor.at(i, project).withOffset(page.nextOffset());
    }
    return new TaskPage(tasks, deleted, cursor.encode(json), reconcileNeeded)
        .withUnmapped(unmapped);
  }

  private AsanaCursor next(int i) {
    String gid = i + 1 < projects.size() ? projects.get(i + 1).path("gid").asText() : null;
    return cursor.at(i + 1, gid);
  }

  /** The next page of the current user's tasks that are in no project. */
  private TaskPage userPage() {
    if (users == null) {
      users =
          listing.all(
              "/users?workspace="
                  + AsanaListing.enc(workspaceGid())
                  + "&opt_fields="
                  + AsanaFields.USER);
    }
    int i = relocate(users, cursor);
    if (i >= users.size()) {
      cursor = cursor.nextWorkspace();
      return null;
    }
    String user = users.get(i).path("gid").asText();
    AsanaListing.Page page;
    try {
      page =
          listing.page(
              taskQuery(
                  "assignee="
                      + AsanaListing.enc(user)
                      + "&workspace="
                      + AsanaListing.enc(workspaceGid())),
              cursor.offset());
    } catch (AsanaFailure.OffsetExpired e) {
      restartOrFail(e);
      cursor = cursor.at(i, user);
      return null;
    }
    List<JsonNode> items = new ArrayList<>();
    for (JsonNode t : page.items()) {
      if (AsanaTaskMapper.projectGids(t).isEmpty()
          && AsanaTaskMapper.text(Lenient.object(t, "parent"), "gid") == null) {
        items.add(t);
        if (!incremental) {
          addSubtasks(t, items);
        }
      }
    }
    if (page.nextOffset() == null) {
      String gid = i + 1 < users.size() ? users.get(i + 1).path("gid").asText() : null;
      cursor = cursor.at(i + 1, gid);
    } else {
      cursor = cursor.at(i, user).withOffset(page.nextOffset());
    }
    return map(items).page(cursor.encode(json));
  }

  private void restartOrFail(AsanaFailure.OffsetExpired e) {
    if (++restarts > MAX_RESTARTS) {
      throw e;
    }
  }

  private String taskQuery(String filter) {
    return "/tasks?"
        + filter
        + (modifiedSince == null
            ? ""
            : "&modified_since=" + AsanaListing.enc(modifiedSince.toString()))
        + "&opt_fields="
        + AsanaFields.TASK;
  }

  /**
   * The project a task is listed under: the first of its memberships the walk includes, or, when
   * its memberships name none (absent from the answer), the project that listed it, so the task is
   * kept rather than dropped.
   */
  private String home(JsonNode task, String listedUnder) {
    for (String gid : AsanaTaskMapper.projectGids(task)) {
      if (included.contains(gid)) {
        return gid;
      }
    }
    return listedUnder;
  }

  /** Adds the subtasks (depth first) that no included project lists. */
  private void addSubtasks(JsonNode parent, List<JsonNode> into) {
    into.addAll(AsanaSubtasks.collect(listing, parent, sub -> home(sub, null) == null));
  }

  private MappedItems map(List<JsonNode> items) {
    return MappedItems.map(items, "gid", t -> AsanaTaskMapper.map(t, integration));
  }

  /** The index of the cursor's gid in {@code list} (it may have moved), else the cursor's index. */
  private static int relocate(List<JsonNode> list, AsanaCursor cursor) {
    int i = cursor.index();
    if (cursor.gid() == null
        || (i < list.size() && cursor.gid().equals(list.get(i).path("gid").asText()))) {
      return i;
    }
    for (int k = 0; k < list.size(); k++) {
      if (cursor.gid().equals(list.get(k).path("gid").asText())) {
        return k;
      }
    }
    return i;
  }
}
