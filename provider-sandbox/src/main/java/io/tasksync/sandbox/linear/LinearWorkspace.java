package io.tasksync.sandbox.linear;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;

/**
 * A Linear workspace: issues generated lazily from the seed, plus an overlay of the issues that
 * were created or changed since, so a workspace of any size costs memory only for its changes.
 */
final class LinearWorkspace {

  private final LinearIssueGenerator generator;
  private final int generatedCount;
  private final Instant generatedUntil;
  private final Map<Integer, Map<String, Object>> overlay = new ConcurrentHashMap<>();
  private final AtomicInteger count;
  private final Clock clock;

  LinearWorkspace(long seed, int issueCount, Clock clock) {
    this.generator = new LinearIssueGenerator(seed, issueCount);
    this.generatedCount = issueCount;
    this.generatedUntil = generator.generatedUntil(issueCount);
    this.count = new AtomicInteger(issueCount);
    this.clock = clock;
  }

  LinearIssueGenerator generator() {
    return generator;
  }

  int size() {
    return count.get();
  }

  Map<String, Object> issue(int index) {
    Map<String, Object> changed = overlay.get(index);
    return changed != null ? changed : generator.issue(index);
  }

  /** The issue with this id, or null. */
  Map<String, Object> issue(String id) {
    int index = generator.indexOf(id);
    return index >= 0 && index < count.get() ? issue(index) : null;
  }

  Instant updatedAt(int index) {
    Map<String, Object> changed = overlay.get(index);
    return changed != null
        ? Instant.parse((String) changed.get("updatedAt"))
        : generator.updatedAt(index);
  }

  boolean isArchived(int index) {
    Map<String, Object> changed = overlay.get(index);
    if (changed != null) {
      return changed.get("archivedAt") != null || Boolean.TRUE.equals(changed.get("trashed"));
    }
    return index % 97 == 41 || index % 53 == 17;
  }

  /**
   * One page of issues matching {@code filter}, newest first by {@code orderBy}, after {@code
   * afterId} (exclusive; null from the start).
   */
  LinearPage page(LinearIssueFilter filter, String orderBy, String afterId, int first) {
    boolean byUpdated = "updatedAt".equals(orderBy);
    IntPredicate matches =
        i -> (filter.includeArchived() || !isArchived(i)) && filter.test(this, i);
    List<Integer> candidates =
        byUpdated || filter.onlyChangedAfter(generatedUntil) ? candidates(filter, matches) : null;
    if (byUpdated) {
      candidates.sort(
          Comparator.<Integer, Instant>comparing(this::updatedAt).thenComparing(i -> i).reversed());
    }
    int start = afterId == null ? -1 : positionOf(afterId, candidates);
    List<Map<String, Object>> nodes = new ArrayList<>();
    boolean hasNext = false;
    if (candidates != null) {
      for (int p = start + 1; p < candidates.size(); p++) {
        if (nodes.size() == first) {
          hasNext = true;
          break;
        }
        nodes.add(issue(candidates.get(p)));
      }
    } else {
      for (int i = afterId == null ? count.get() - 1 : start - 1; i >= 0; i--) {
        if (matches.test(i)) {
          if (nodes.size() == first) {
            hasNext = true;
            break;
          }
          nodes.add(issue(i));
        }
      }
    }
    String end = nodes.isEmpty() ? null : cursorOf(nodes.get(nodes.size() - 1));
    return new LinearPage(nodes, hasNext, end);
  }

  /**
   * An opaque cursor as Linear's: base64 of a JSON object naming the issue and its sort key (the
   * adapter never reads inside it).
   */
  private static String cursorOf(Map<String, Object> issue) {
    String inside =
        "{\"id\":\"" + issue.get("id") + "\",\"sortKey\":\"" + issue.get("updatedAt") + "\"}";
    return java.util.Base64.getEncoder()
        .encodeToString(inside.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static String issueIdOf(String cursor) {
    try {
      String inside =
          new String(
              java.util.Base64.getDecoder().decode(cursor),
              java.nio.charset.StandardCharsets.UTF_8);
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile("\"id\":\"([^\"]+)\"").matcher(inside);
      if (m.find()) {
        return m.group(1);
      }
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Invalid cursor: " + cursor, e);
    }
    throw new IllegalArgumentException("Invalid cursor: " + cursor);
  }

  private List<Integer> candidates(LinearIssueFilter filter, IntPredicate matches) {
    List<Integer> found = new ArrayList<>();
    if (filter.onlyChangedAfter(generatedUntil)) {
      overlay.keySet().stream().filter(matches::test).forEach(found::add);
      found.sort(Comparator.reverseOrder());
      return found;
    }
    for (int i = count.get() - 1; i >= 0; i--) {
      if (matches.test(i)) {
        found.add(i);
      }
    }
    return found;
  }

  private int positionOf(String cursor, List<Integer> candidates) {
    String afterId = issueIdOf(cursor);
    int index = generator.indexOf(afterId);
    if (index < 0) {
      throw new IllegalArgumentException("Invalid cursor: " + afterId);
    }
    if (candidates == null) {
      return index;
    }
    int position = candidates.indexOf(index);
    if (position < 0) {
      throw new IllegalArgumentException("Cursor no longer matches the query: " + afterId);
    }
    return position;
  }

  Map<String, Object> create(String title) {
    int index = count.getAndIncrement();
    Map<String, Object> issue = new LinkedHashMap<>(generator.issue(index));
    Instant now = clock.instant();
    issue.put("title", title);
    issue.put("createdAt", now.toString());
    issue.put("state", generator.state(LinearIssueGenerator.teamOf(index), 2));
    issue.put("completedAt", null);
    issue.put("canceledAt", null);
    issue.put("startedAt", null);
    issue.put("archivedAt", null);
    issue.put("trashed", null);
    return store(index, issue, now);
  }

  Map<String, Object> update(String id, Map<String, Object> changes) {
    int index = indexOrFail(id);
    Map<String, Object> issue = new LinkedHashMap<>(issue(index));
    issue.putAll(changes);
    return store(index, issue, clock.instant());
  }

  Map<String, Object> moveToState(String id, String stateType) {
    int index = indexOrFail(id);
    int stateIndex = LinearIssueGenerator.stateIndexOf(stateType);
    Map<String, Object> changes = new LinkedHashMap<>();
    String now = clock.instant().toString();
    changes.put("state", generator.state(LinearIssueGenerator.teamOf(index), stateIndex));
    changes.put("completedAt", "completed".equals(stateType) ? now : null);
    changes.put("canceledAt", stateIndex >= 5 ? now : null);
    return update(id, changes);
  }

  /** Trashes the issue, as Linear's {@code issueDelete} does (30 days before it is purged). */
  Map<String, Object> trash(String id) {
    Map<String, Object> changes = new LinkedHashMap<>();
    changes.put("trashed", Boolean.TRUE);
    changes.put("archivedAt", clock.instant().toString());
    return update(id, changes);
  }

  private Map<String, Object> store(int index, Map<String, Object> issue, Instant now) {
    issue.put("updatedAt", now.toString());
    overlay.put(index, issue);
    return issue;
  }

  private int indexOrFail(String id) {
    int index = generator.indexOf(id);
    if (index < 0 || index >= count.get()) {
      throw new IllegalArgumentException("Entity not found: Issue " + id);
    }
    return index;
  }
}
