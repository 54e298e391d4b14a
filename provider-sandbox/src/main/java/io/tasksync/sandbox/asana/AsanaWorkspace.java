package io.tasksync.sandbox.asana;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The stand-in's workspace: task {@code i} is generated on demand from the seed, so a workspace of
 * any size costs no memory; mutations live in an overlay. Layout, per block of 50 tasks: positions
 * 0-43 and 49 are top-level project tasks, 44 is in no project (assigned), 45-47 are subtasks of
 * position 0 (47 also sits in the project), 48 is a subtask of 45. Ten blocks make a project; every
 * tenth project is archived; every seventh top-level task is also in the next project.
 */
final class AsanaWorkspace {

  static final String WORKSPACE_GID = "1100000000000001";
  static final String WORKSPACE_NAME = "Sandbox Workspace";
  static final long TASK_BASE = 1200000000000000L;
  static final long PROJECT_BASE = 1300000000000000L;
  static final long USER_BASE = 1400000000000000L;
  static final long SECTION_BASE = 1500000000000000L;
  static final int BLOCK = 50;
  static final int BLOCKS_PER_PROJECT = 10;
  static final int USERS = 20;
  static final String[] SECTIONS = {"To do", "In progress", "Done"};
  static final String[] PRIORITIES = {"Low", "Medium", "High"};
  private static final Instant EPOCH = Instant.parse("2025-01-06T09:00:00Z");

  private final long seed;
  private final int size;
  private final int projectCount;
  private final Map<Long, AsanaTaskState> overlay = new ConcurrentHashMap<>();
  private final List<Long> created = new CopyOnWriteArrayList<>();
  private final Set<String> omittedTaskFields = ConcurrentHashMap.newKeySet();
  private final AtomicLong nextIndex;

  AsanaWorkspace(long seed, int size) {
    this.seed = seed;
    this.size = size;
    int blocks = (size + BLOCK - 1) / BLOCK;
    this.projectCount = Math.max(1, (blocks + BLOCKS_PER_PROJECT - 1) / BLOCKS_PER_PROJECT);
    this.nextIndex = new AtomicLong(size);
  }

  /** Top-level fields task records leave out, even when {@code opt_fields} asks for them. */
  Set<String> omittedTaskFields() {
    return omittedTaskFields;
  }

  int projectCount() {
    return projectCount;
  }

  static String taskGid(long index) {
    return Long.toString(TASK_BASE + index);
  }

  static String projectGid(int project) {
    return Long.toString(PROJECT_BASE + project);
  }

  static String userGid(int user) {
    return Long.toString(USER_BASE + user);
  }

  static String sectionGid(int project, int section) {
    return Long.toString(SECTION_BASE + project * 3L + section);
  }

  static boolean isArchived(int project) {
    return project % 10 == 9;
  }

  /** The task index of a gid, or -1 when the gid names no task. */
  long indexOf(String gid) {
    try {
      long index = Long.parseLong(gid) - TASK_BASE;
      return index >= 0 && index < nextIndex.get() ? index : -1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  int projectOf(String gid) {
    try {
      long p = Long.parseLong(gid) - PROJECT_BASE;
      return p >= 0 && p < projectCount ? (int) p : -1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** The task's current state (deleted ones included), or null when there is no such task. */
  AsanaTaskState task(long index) {
    AsanaTaskState over = overlay.get(index);
    if (over != null) {
      return over;
    }
    return index >= 0 && index < size ? generate(index) : null;
  }

  void put(AsanaTaskState state) {
    overlay.put(state.index(), state);
  }

  long newIndex() {
    long index = nextIndex.getAndIncrement();
    created.add(index);
    return index;
  }

  List<Long> createdIndices() {
    return created;
  }

  long generatedSize() {
    return size;
  }

  /** Candidate indices to scan, in listing order, for a project's task listing. */
  long[] projectRanges(int project) {
    long ownFrom = (long) project * BLOCK * BLOCKS_PER_PROJECT;
    long ownTo = Math.min(size, ownFrom + (long) BLOCK * BLOCKS_PER_PROJECT);
    int previous = (project - 1 + projectCount) % projectCount;
    long foreignFrom = previous == project ? 0 : (long) previous * BLOCK * BLOCKS_PER_PROJECT;
    long foreignTo =
        previous == project ? 0 : Math.min(size, foreignFrom + (long) BLOCK * BLOCKS_PER_PROJECT);
    return new long[] {ownFrom, ownTo, foreignFrom, foreignTo};
  }

  /** The direct subtasks of a task, in order, deleted ones included. */
  List<Long> children(long index) {
    List<Long> out = new ArrayList<>();
    if (index < size) {
      int pos = (int) (index % BLOCK);
      long block = index - pos;
      if (pos == 0) {
        for (int p = 45; p <= 47; p++) {
          if (block + p < size) {
            out.add(block + p);
          }
        }
      } else if (pos == 45 && block + 48 < size) {
        out.add(block + 48);
      }
    }
    for (long c : created) {
      AsanaTaskState s = task(c);
      if (s != null && s.parent() != null && s.parent() == index) {
        out.add(c);
      }
    }
    return out;
  }

  private AsanaTaskState generate(long i) {
    long h = mix(seed ^ (i * 0x9E3779B97F4A7C15L));
    int pos = (int) (i % BLOCK);
    long block = i - pos;
    int project = (int) (i / ((long) BLOCK * BLOCKS_PER_PROJECT));
    boolean subtask = pos >= 45 && pos <= 48;
    boolean noProject = pos == 44;
    List<Integer> projects;
    if (noProject || (subtask && pos != 47)) {
      projects = List.of();
    } else if (!subtask && i % 7 == 3 && projectCount > 1) {
      int next = (project + 1) % projectCount;
      projects = i % 14 == 3 ? List.of(next, project) : List.of(project, next);
    } else {
      projects = List.of(project);
    }
    Long parent = subtask ? (pos == 48 ? block + 45 : block) : null;
    Instant createdAt = EPOCH.plusSeconds(i * 37).plusMillis(Math.floorMod(h, 1000));
    Instant modifiedAt = createdAt.plus(Duration.ofMinutes(Math.floorMod(h >>> 10, 60 * 24 * 30)));
    boolean completed = i % 5 == 1;
    LocalDate day = LocalDate.ofInstant(createdAt, ZoneOffset.UTC);
    LocalDate dueOn = i % 3 == 0 ? day.plusDays(7) : null;
    Instant dueAt =
        i % 3 == 1
            ? createdAt.plus(Duration.ofDays(10)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
            : null;
    Integer assignee = null;
    if (noProject) {
      assignee = (int) ((i / BLOCK) % USERS);
    } else if (i % 21 != 20) {
      assignee = (int) (i % USERS);
    }
    return new AsanaTaskState(
        i,
        WORDS[(int) Math.floorMod(h >>> 20, WORDS.length)] + " task " + i,
        i % 4 == 2 ? "" : "Notes for task " + i + ".",
        completed,
        completed ? modifiedAt : null,
        createdAt,
        modifiedAt,
        assignee,
        dueOn,
        dueAt,
        i % 6 == 0 ? dueOn.minusDays(2) : null,
        i % 4 == 0 ? Integer.valueOf((int) Math.floorMod(h >>> 30, 240)) : null,
        i % 3 == 0 ? Integer.valueOf(30 + (int) Math.floorMod(h >>> 40, 8) * 15) : null,
        i % 4 == 3 ? null : Integer.valueOf((int) Math.floorMod(h >>> 50, 3)),
        projects,
        completed ? 2 : (int) (i % 2),
        parent,
        i % 10 == 0,
        i % 100 == 99,
        false);
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static final String[] WORDS = {
    "Draft", "Review", "Ship", "Plan", "Fix", "Write", "Test", "Design", "Call", "Update"
  };
}
