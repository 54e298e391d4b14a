package io.tasksync.sandbox.clickup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The stand-in's workspaces: tasks generated on demand from the seed (task i of workspace w is a
 * pure function of both), with changes, additions and deletions kept as a small overlay. Nothing
 * proportional to the workspace size is held in memory.
 */
final class ClickUpWorld {

  /** Real ClickUp titles pasted from elsewhere often start with U+200E, kept as sent. */
  static final String LEFT_TO_RIGHT_MARK = "\u200E";

  static final int SPACES = 3;
  static final int LISTS_PER_SPACE = 5; // two folders of two lists, one folderless list
  static final int LISTS = SPACES * LISTS_PER_SPACE;
  static final int ARCHIVED_LIST = LISTS - 1;

  /** Lists 15 and 16 sit in space 0's archived folder (folder 2); they hold only created tasks. */
  static final int ARCHIVED_FOLDER_LIST = LISTS;

  static final int ARCHIVED_FOLDER = 2;

  /** Space 3 is archived; its one (folderless) list, 17, holds only created tasks. */
  static final int ARCHIVED_SPACE = SPACES;

  static final int ARCHIVED_SPACE_LIST = LISTS + 2;
  static final int ALL_LISTS = LISTS + 3;
  static final int PAGE_SIZE = 100;
  static final String[] TAGS = {"bug", "feature", "needs review"};

  private final ClickUpStandInConfig config;
  private final long until;
  private final Map<String, StandInTask> overlay = new LinkedHashMap<>();
  private final List<List<String>> added = new ArrayList<>();
  private final Set<String> deleted = new java.util.HashSet<>();
  private final List<StandInTimeEntry> addedEntries = new ArrayList<>();
  private final Map<String, Integer> pageStarts =
      new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
          return size() > 512;
        }
      };
  private long nextId = 1;

  ClickUpWorld(ClickUpStandInConfig config) {
    this.config = config;
    this.until = config.generatedUntil().toEpochMilli();
    for (int w = 0; w < config.workspaces(); w++) {
      added.add(new ArrayList<>());
    }
  }

  int workspaces() {
    return config.workspaces();
  }

  int members() {
    return config.membersPerWorkspace();
  }

  static String teamId(int w) {
    return String.valueOf(90150000000L + w);
  }

  static String spaceId(int w, int s) {
    return String.valueOf(901511000000L + w * 1000L + s);
  }

  static String folderId(int w, int s, int f) {
    return String.valueOf(901516000000L + w * 1000L + s * 10L + f);
  }

  static String listId(int w, int l) {
    return String.valueOf(901523000000L + w * 1000L + l);
  }

  /** The space a list is in. */
  static int spaceOf(int l) {
    if (l < LISTS) {
      return l / LISTS_PER_SPACE;
    }
    return l < ARCHIVED_SPACE_LIST ? 0 : ARCHIVED_SPACE;
  }

  /** The folder a list is in within its space, or -1 for a folderless list. */
  static int folderOf(int l) {
    if (l < LISTS) {
      int k = l % LISTS_PER_SPACE;
      return k < 4 ? k / 2 : -1;
    }
    return l < ARCHIVED_SPACE_LIST ? ARCHIVED_FOLDER : -1;
  }

  /**
   * Whether the workspace-wide listing leaves a list's tasks out: the archived list, and the lists
   * of an archived folder or space, like ClickUp, which hides archived containers by default.
   */
  static boolean hiddenFromTeamListing(int l) {
    return l == ARCHIVED_LIST || l >= LISTS;
  }

  /** Member 0 is the token owner and the same person in every workspace. */
  static int userId(int w, int m) {
    return m == 0 ? 300000 : 300000 + w * 1000 + m;
  }

  int workspaceOfTeam(String teamId) {
    for (int w = 0; w < config.workspaces(); w++) {
      if (teamId(w).equals(teamId)) {
        return w;
      }
    }
    return -1;
  }

  static String generatedId(int w, int i) {
    return "86" + Integer.toString(w, 36) + "g" + Integer.toString(i, 36);
  }

  private long mix(int w, long i, int salt) {
    long z = config.seed() * 0x9E3779B97F4A7C15L + w * 0xBF58476D1CE4E5B9L + i * 31 + salt;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return (z ^ (z >>> 31)) & Long.MAX_VALUE;
  }

  private StandInTask generate(int w, int i) {
    long r = mix(w, i, 1);
    int n = config.tasksPerWorkspace();
    long created = until - 2L * 86_400_000L - (long) (n - i) * 600_000L;
    long updated = created + (r % 600) * 60_000L;
    boolean subtask = i % 5 == 4;
    int kind = (int) ((r >>> 10) % 10);
    String status =
        kind < 5 ? "to do" : kind < 7 ? "in progress" : kind < 8 ? "review" : "complete";
    String type = kind < 5 ? "open" : kind < 8 ? "custom" : "closed";
    List<Integer> assignees = new ArrayList<>();
    for (int a = 0; a < (int) ((r >>> 20) % 3); a++) {
      assignees.add(userId(w, (i + a) % config.membersPerWorkspace()));
    }
    List<String> tags = new ArrayList<>();
    for (int t = 0; t < (int) ((r >>> 24) % 3); t++) {
      tags.add(TAGS[(i + t) % TAGS.length]);
    }
    Long estimate = (r >>> 30) % 3 == 0 ? null : ((r >>> 32) % 8 + 1) * 1_800_000L;
    Long due = (r >>> 36) % 4 == 0 ? null : created + ((r >>> 38) % 30 + 1) * 86_400_000L;
    Long start = (r >>> 42) % 3 == 0 ? created + 86_400_000L : null;
    return new StandInTask(
        generatedId(w, i),
        w,
        (i % 11 == 4 ? LEFT_TO_RIGHT_MARK : "") + "Task " + i + " of workspace " + w,
        i % 7 == 0 ? "" : "Details of task " + i,
        status,
        type,
        (int) ((r >>> 46) % 5),
        created,
        updated,
        "closed".equals(type) ? updated : null,
        due,
        start,
        estimate,
        assignees,
        tags,
        subtask ? generatedId(w, i - 1) : null,
        (i / 5) % LISTS,
        (int) ((r >>> 50) % config.membersPerWorkspace()),
        i % 13 == 6);
  }

  private int total(int w) {
    return config.tasksPerWorkspace() + added.get(w).size();
  }

  /** The task at a listing position, or null when it was deleted. */
  private StandInTask at(int w, int pos) {
    String id =
        pos < config.tasksPerWorkspace()
            ? generatedId(w, pos)
            : added.get(w).get(pos - config.tasksPerWorkspace());
    if (deleted.contains(id)) {
      return null;
    }
    StandInTask changed = overlay.get(id);
    return changed != null ? changed : generate(w, pos);
  }

  synchronized StandInTask find(String id) {
    if (deleted.contains(id)) {
      return null;
    }
    StandInTask changed = overlay.get(id);
    if (changed != null) {
      return changed;
    }
    for (int w = 0; w < config.workspaces(); w++) {
      String prefix = "86" + Integer.toString(w, 36) + "g";
      if (id.startsWith(prefix)) {
        try {
          int i = Integer.parseInt(id.substring(prefix.length()), 36);
          if (i >= 0 && i < config.tasksPerWorkspace()) {
            return generate(w, i);
          }
        } catch (NumberFormatException e) {
          return null;
        }
      }
    }
    return null;
  }

  /** One page of the tasks matching {@code filter}, in creation order; key names the filter. */
  synchronized Page page(int w, String key, Predicate<StandInTask> filter, int page) {
    Integer cached = pageStarts.get(key + "#" + page);
    int pos = cached == null ? 0 : cached;
    int skip = cached == null ? page * PAGE_SIZE : 0;
    List<StandInTask> out = new ArrayList<>();
    int total = total(w);
    while (pos < total && out.size() < PAGE_SIZE) {
      StandInTask t = at(w, pos++);
      if (t != null && filter.test(t)) {
        if (skip > 0) {
          skip--;
        } else {
          out.add(t);
        }
      }
    }
    int next = pos;
    while (next < total) {
      StandInTask t = at(w, next);
      if (t != null && filter.test(t)) {
        break;
      }
      next++;
    }
    pageStarts.put(key + "#" + (page + 1), next);
    return new Page(out, next >= total);
  }

  /** A page of tasks and whether no further page holds any. */
  record Page(List<StandInTask> tasks, boolean lastPage) {}

  synchronized void timeEntries(
      int w, long from, long to, Set<Integer> users, Consumer<StandInTimeEntry> sink) {
    int n = config.tasksPerWorkspace();
    for (int i = 0; i < n; i++) {
      String taskId = generatedId(w, i);
      if (deleted.contains(taskId)) {
        continue;
      }
      long r = mix(w, i, 2);
      long created = until - 2L * 86_400_000L - (long) (n - i) * 600_000L;
      for (int k = 0; k < (int) (r % 3); k++) {
        long start = created + (k + 1) * 3_600_000L * (1 + (r >>> 4) % 3);
        int user = userId(w, (i + k) % config.membersPerWorkspace());
        if (start >= from && start <= to && users.contains(user)) {
          long duration = ((r >>> (8 + k * 8)) % 90 + 1) * 60_000L + ((r >>> 40) % 60) * 1000L;
          sink.accept(
              new StandInTimeEntry(
                  String.valueOf(4_100_000_000L + ((long) w * n + i) * 3 + k),
                  taskId,
                  w,
                  user,
                  start,
                  duration));
        }
      }
    }
    for (StandInTimeEntry e : addedEntries) {
      if (e.workspace() == w
          && e.start() >= from
          && e.start() <= to
          && users.contains(e.user())
          && !deleted.contains(e.taskId())) {
        sink.accept(e);
      }
    }
  }

  synchronized StandInTimeEntry addTimeEntry(String taskId, int user, long start, long durationMs) {
    StandInTask task = find(taskId);
    if (task == null) {
      throw new IllegalArgumentException("no task " + taskId);
    }
    StandInTimeEntry e =
        new StandInTimeEntry("7" + (nextId++), taskId, task.workspace(), user, start, durationMs);
    addedEntries.add(e);
    return e;
  }

  synchronized StandInTask create(int w, String name, String parentId, long now) {
    return create(w, name, parentId, 0, false, now);
  }

  /** A new open task in list {@code list} of workspace {@code w}, archived itself or not. */
  synchronized StandInTask create(
      int w, String name, String parentId, int list, boolean archived, long now) {
    String id = "86" + Integer.toString(w, 36) + "n" + Long.toString(nextId++, 36);
    StandInTask t =
        new StandInTask(
            id,
            w,
            name,
            "",
            "to do",
            "open",
            3,
            now,
            now,
            null,
            null,
            null,
            null,
            List.of(userId(w, 0)),
            List.of(),
            parentId,
            list,
            0,
            archived);
    added.get(w).add(id);
    overlay.put(id, t);
    pageStarts.clear();
    return t;
  }

  synchronized StandInTask put(StandInTask changed) {
    overlay.put(changed.id(), changed);
    pageStarts.clear();
    return changed;
  }

  synchronized boolean delete(String id) {
    boolean known = find(id) != null;
    deleted.add(id);
    pageStarts.clear();
    return known;
  }
}
