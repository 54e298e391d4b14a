package io.tasksync.port.out;

import io.tasksync.domain.Person;
import io.tasksync.domain.Task;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The search keys stores keep beside a task (derived from it, never part of its content hash): the
 * prefixes of the title's words, and the keys of its assignees. A title word query matches a task
 * when one of its title words starts with it, ignoring case.
 */
public final class TaskSearch {

  /** Longest prefix kept per word; longer query words are cut to it. */
  public static final int MAX_PREFIX = 20;

  /** Most prefixes kept per title, so a long title cannot bloat the stored document. */
  public static final int MAX_TITLE_KEYS = 200;

  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

  private TaskSearch() {}

  /** The lower-cased prefixes (1..{@value #MAX_PREFIX} characters) of every word of the title. */
  public static List<String> titleKeys(String title) {
    Set<String> keys = new LinkedHashSet<>();
    if (title == null) {
      return List.of();
    }
    for (String word : SEPARATORS.split(title.toLowerCase(Locale.ROOT))) {
      for (int n = 1; n <= Math.min(word.length(), MAX_PREFIX); n++) {
        if (keys.size() == MAX_TITLE_KEYS) {
          return List.copyOf(keys);
        }
        keys.add(word.substring(0, n));
      }
    }
    return List.copyOf(keys);
  }

  /** The lower-cased ids, emails and names of a task's assignees. */
  public static List<String> assigneeKeys(Task task) {
    Set<String> keys = new LinkedHashSet<>();
    for (Person p : task.assignees()) {
      for (String key : new String[] {p.externalId(), p.email(), p.name()}) {
        if (key != null && !key.isBlank()) {
          keys.add(assigneeKey(key));
        }
      }
    }
    return List.copyOf(keys);
  }

  public static String assigneeKey(String raw) {
    return raw.trim().toLowerCase(Locale.ROOT);
  }

  /**
   * The title word a query looks for: lower-cased, cut to {@value #MAX_PREFIX} characters.
   *
   * @throws UnsupportedQueryException when it is not one word of letters and digits
   */
  public static String queryWord(String raw) {
    String word = raw.trim().toLowerCase(Locale.ROOT);
    if (word.isEmpty() || SEPARATORS.matcher(word).find()) {
      throw new UnsupportedQueryException(
          "the title search takes one word (or its start) of letters and digits");
    }
    return word.length() > MAX_PREFIX ? word.substring(0, MAX_PREFIX) : word;
  }

  /** Whether a task matches every filter of a query except cursor and limit. */
  public static boolean matches(TaskQuery q, Task t) {
    return t.organizationId().equals(q.organizationId())
        && (q.integrationId() == null || t.integrationId().equals(q.integrationId()))
        && (q.provider() == null || t.provider() == q.provider())
        && (q.statuses().isEmpty() || q.statuses().contains(t.statusCategory()))
        && (q.includeDeleted() || !t.isDeleted())
        && (q.assignee() == null || assigneeKeys(t).contains(q.assignee()))
        && (q.titleWord() == null || titleKeys(t.title()).contains(q.titleWord()))
        && (q.updatedSince() == null || !t.updatedAt().isBefore(q.updatedSince()))
        && dueMatches(q, t);
  }

  private static boolean dueMatches(TaskQuery q, Task t) {
    if (q.dueAfter() == null && q.dueBefore() == null) {
      return true;
    }
    if (t.dueDate() == null) {
      return false;
    }
    var day = t.dueDate().day();
    return (q.dueAfter() == null || !day.isBefore(q.dueAfter()))
        && (q.dueBefore() == null || !day.isAfter(q.dueBefore()));
  }
}
