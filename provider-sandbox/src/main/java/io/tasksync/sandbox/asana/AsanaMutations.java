package io.tasksync.sandbox.asana;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/** Test-driven changes to the workspace, each recorded as an event and sent to webhooks. */
final class AsanaMutations {

  private final AsanaWorkspace ws;
  private final AsanaEvents events;
  private final AsanaWebhooks webhooks;
  private final Clock clock;
  private final AtomicLong deleted = new AtomicLong();

  AsanaMutations(AsanaWorkspace ws, AsanaEvents events, AsanaWebhooks webhooks, Clock clock) {
    this.ws = ws;
    this.events = events;
    this.webhooks = webhooks;
    this.clock = clock;
  }

  long liveCount() {
    return ws.generatedSize() + ws.createdIndices().size() - deleted.get();
  }

  synchronized String create(String projectGid, String parentGid, String name) {
    Instant now = clock.instant();
    int project = projectGid == null ? -1 : ws.projectOf(projectGid);
    AsanaTaskState parent = parentGid == null ? null : live(parentGid);
    if (projectGid != null && project < 0) {
      throw new IllegalArgumentException("no such project: " + projectGid);
    }
    long index = ws.newIndex();
    AsanaTaskState t =
        new AsanaTaskState(
            index,
            name,
            "",
            false,
            null,
            now,
            now,
            0,
            null,
            null,
            null,
            null,
            null,
            null,
            project < 0 ? List.of() : List.of(project),
            0,
            parent == null ? null : parent.index(),
            false,
            false,
            false);
    ws.put(t);
    emit("added", t, null);
    return AsanaWorkspace.taskGid(index);
  }

  synchronized void rename(String gid, String newName) {
    AsanaTaskState t = live(gid).renamed(newName, clock.instant());
    ws.put(t);
    emit("changed", t, "name");
  }

  synchronized void complete(String gid) {
    AsanaTaskState t = live(gid).completedAt(clock.instant());
    ws.put(t);
    emit("changed", t, "completed");
  }

  synchronized void delete(String gid) {
    AsanaTaskState t = live(gid);
    List<Integer> projects = projectsOf(t);
    for (long child : ws.children(t.index())) {
      if (!ws.task(child).deleted()) {
        delete(AsanaWorkspace.taskGid(child));
      }
    }
    AsanaTaskState gone = t.deletedAt(clock.instant());
    ws.put(gone);
    deleted.incrementAndGet();
    AsanaEvents.Event e = events.record("deleted", gid, gone.name(), null, projects);
    webhooks.deliver(e);
  }

  private void emit(String action, AsanaTaskState t, String field) {
    AsanaEvents.Event e =
        events.record(action, AsanaWorkspace.taskGid(t.index()), t.name(), field, projectsOf(t));
    webhooks.deliver(e);
  }

  /** The task's projects and its ancestors' (events bubble up to them). */
  private List<Integer> projectsOf(AsanaTaskState t) {
    Set<Integer> out = new LinkedHashSet<>();
    for (AsanaTaskState at = t;
        at != null;
        at = at.parent() == null ? null : ws.task(at.parent())) {
      out.addAll(at.projects());
    }
    return new ArrayList<>(out);
  }

  private AsanaTaskState live(String gid) {
    long index = ws.indexOf(gid);
    AsanaTaskState t = index < 0 ? null : ws.task(index);
    if (t == null || t.deleted()) {
      throw new IllegalArgumentException("no such task: " + gid);
    }
    return t;
  }
}
