package io.tasksync.sandbox.linear;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Generates issue {@code i} of a seeded workspace on demand, in the shape of Linear's GraphQL
 * {@code Issue} (nested objects as maps), so no issue is held in memory until it changes.
 */
final class LinearIssueGenerator {

  /** Generated issues are created from here on; all of them before {@link #generatedUntil()}. */
  static final Instant EPOCH = Instant.parse("2024-01-01T00:00:00Z");

  private static final Duration SPAN = Duration.ofDays(600);
  private static final String[][] TEAMS = {
    {"ENG", "Engineering"}, {"OPS", "Operations"}, {"DES", "Design"}
  };
  private static final String[][] STATES = {
    {"triage", "Triage", "#fc7840"},
    {"backlog", "Backlog", "#bec2c8"},
    {"unstarted", "Todo", "#e2e2e2"},
    {"started", "In Progress", "#f2c94c"},
    {"completed", "Done", "#5e6ad2"},
    {"canceled", "Canceled", "#95a2b3"},
    {"duplicate", "Duplicate", "#95a2b3"}
  };
  private static final String[] PRIORITY_LABELS = {
    "No priority", "Urgent", "High", "Medium", "Low"
  };
  private static final String[] PEOPLE = {"Ada", "Grace", "Linus", "Barbara", "Ken", "Margaret"};
  private static final String[] LABELS = {"Bug", "Feature", "Improvement", "Docs", "Security"};
  private static final String[] PROJECTS = {"Mobile app", "Billing", "Onboarding", "API v2"};
  private static final double[] ESTIMATES = {1, 2, 3, 5, 8};

  private final long seed;
  private final long idPrefix;
  private final Duration step;
  private final Map<String, Object> organization;

  LinearIssueGenerator(long seed, int issueCount) {
    this.seed = seed;
    this.idPrefix = (new SplittableRandom(seed).nextLong() & ~0xF000L) | 0x4000L;
    this.step =
        Duration.ofMillis(
            Math.max(1, Math.min(600_000, SPAN.toMillis() / Math.max(1, issueCount))));
    this.organization = new LinkedHashMap<>();
    organization.put("__typename", "Organization");
    organization.put("id", uuid("organization", 0));
    organization.put("name", "Sandbox Org " + seed);
    organization.put("urlKey", "sandbox-" + seed);
  }

  Map<String, Object> organization() {
    return organization;
  }

  Map<String, Object> viewer() {
    Map<String, Object> viewer = user(0);
    viewer.put("organization", organization);
    return viewer;
  }

  /** The id of issue {@code index}: a UUID whose low bits carry the index. */
  String issueId(int index) {
    return new UUID(idPrefix, 0x8000_0000_0000_0000L | index).toString();
  }

  /** The index of an issue id of this workspace, or -1. */
  int indexOf(String id) {
    try {
      UUID uuid = UUID.fromString(id);
      long low = uuid.getLeastSignificantBits() & 0x7FFF_FFFF_FFFF_FFFFL;
      return uuid.getMostSignificantBits() == idPrefix && low <= Integer.MAX_VALUE ? (int) low : -1;
    } catch (IllegalArgumentException e) {
      return -1;
    }
  }

  Instant createdAt(int index) {
    return EPOCH.plus(step.multipliedBy(index));
  }

  /** Generated (never changed) issues were all last updated before this instant. */
  Instant generatedUntil(int issueCount) {
    return createdAt(issueCount).plus(Duration.ofDays(31));
  }

  Instant updatedAt(int index) {
    return createdAt(index).plusSeconds(random(index).nextLong(30L * 24 * 3600));
  }

  Map<String, Object> issue(int index) {
    SplittableRandom r = random(index);
    Instant created = createdAt(index);
    Instant updated = created.plusSeconds(r.nextLong(30L * 24 * 3600));
    int team = index % TEAMS.length;
    int number = index / TEAMS.length + 1;
    String identifier = TEAMS[team][0] + "-" + number;
    int stateIndex = pickState(r.nextInt(100));
    String stateType = STATES[stateIndex][0];
    Map<String, Object> issue = new LinkedHashMap<>();
    issue.put("__typename", "Issue");
    issue.put("id", issueId(index));
    issue.put("identifier", identifier);
    issue.put("number", (double) number);
    String title = "Issue " + identifier + " of sandbox " + seed;
    issue.put("title", title);
    issue.put(
        "description", r.nextInt(4) == 0 ? null : "Steps:\n\n- open **" + identifier + "**\n");
    issue.put("url", "https://linear.app/" + organization.get("urlKey") + "/issue/" + identifier);
    int priority = r.nextInt(5);
    issue.put("priority", (double) priority);
    issue.put("priorityLabel", PRIORITY_LABELS[priority]);
    issue.put("estimate", r.nextInt(3) == 0 ? null : ESTIMATES[r.nextInt(ESTIMATES.length)]);
    issue.put(
        "dueDate",
        r.nextInt(5) < 2
            ? LocalDate.ofInstant(created, ZoneOffset.UTC).plusDays(14).toString()
            : null);
    issue.put("createdAt", created.toString());
    issue.put("updatedAt", updated.toString());
    boolean started = stateIndex >= 3;
    issue.put(
        "startedAt", started && stateIndex != 5 ? created.plusSeconds(3600).toString() : null);
    issue.put("completedAt", "completed".equals(stateType) ? updated.toString() : null);
    issue.put("canceledAt", stateIndex >= 5 ? updated.toString() : null);
    boolean trashed = index % 97 == 41;
    issue.put("archivedAt", trashed || index % 53 == 17 ? updated.toString() : null);
    issue.put("trashed", trashed ? Boolean.TRUE : null);
    issue.put("state", state(team, stateIndex));
    issue.put("team", team(team));
    issue.put("assignee", r.nextInt(10) < 7 ? user(1 + r.nextInt(PEOPLE.length - 1)) : null);
    issue.put("creator", user(r.nextInt(PEOPLE.length)));
    issue.put("project", r.nextInt(3) == 0 ? null : project(r.nextInt(PROJECTS.length)));
    issue.put("parent", index % 7 == 3 ? parentOf(index - 1) : null);
    List<Map<String, Object>> labels = new ArrayList<>();
    List<String> labelIds = new ArrayList<>();
    for (int l = 0, n = r.nextInt(3); l < n; l++) {
      Map<String, Object> label = label((index + l) % LABELS.length);
      labels.add(label);
      labelIds.add((String) label.get("id"));
    }
    issue.put("labels", Map.of("nodes", labels, "pageInfo", pageInfo(false, null)));
    issue.put("labelIds", labelIds);
    return issue;
  }

  Map<String, Object> state(int team, int stateIndex) {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("__typename", "WorkflowState");
    state.put("id", uuid("state", team * 10 + stateIndex));
    state.put("type", STATES[stateIndex][0]);
    state.put("name", STATES[stateIndex][1]);
    state.put("color", STATES[stateIndex][2]);
    return state;
  }

  /** The index into the state table of a state type. */
  static int stateIndexOf(String type) {
    for (int i = 0; i < STATES.length; i++) {
      if (STATES[i][0].equals(type)) {
        return i;
      }
    }
    throw new IllegalArgumentException("unknown workflow state type " + type);
  }

  static int teamOf(int index) {
    return index % TEAMS.length;
  }

  static Map<String, Object> pageInfo(boolean hasNext, String endCursor) {
    Map<String, Object> info = new LinkedHashMap<>();
    info.put("hasNextPage", hasNext);
    info.put("endCursor", endCursor);
    info.put("hasPreviousPage", false);
    info.put("startCursor", null);
    return info;
  }

  private Map<String, Object> parentOf(int index) {
    Map<String, Object> parent = new LinkedHashMap<>();
    parent.put("__typename", "Issue");
    parent.put("id", issueId(index));
    parent.put("identifier", TEAMS[index % TEAMS.length][0] + "-" + (index / TEAMS.length + 1));
    return parent;
  }

  private Map<String, Object> team(int team) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("__typename", "Team");
    map.put("id", uuid("team", team));
    map.put("key", TEAMS[team][0]);
    map.put("name", TEAMS[team][1]);
    return map;
  }

  private Map<String, Object> user(int n) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("__typename", "User");
    map.put("id", uuid("user", n));
    map.put("name", PEOPLE[n] + " Sandbox");
    map.put("displayName", PEOPLE[n].toLowerCase(java.util.Locale.ROOT));
    map.put("email", PEOPLE[n].toLowerCase(java.util.Locale.ROOT) + "@sandbox.example");
    return map;
  }

  private Map<String, Object> project(int n) {
    return Map.of("__typename", "Project", "id", uuid("project", n), "name", PROJECTS[n]);
  }

  private Map<String, Object> label(int n) {
    return Map.of(
        "__typename", "IssueLabel", "id", uuid("label", n), "name", LABELS[n], "color", "#888888");
  }

  private static int pickState(int roll) {
    if (roll < 8) {
      return 0;
    }
    if (roll < 28) {
      return 1;
    }
    if (roll < 55) {
      return 2;
    }
    if (roll < 75) {
      return 3;
    }
    if (roll < 92) {
      return 4;
    }
    return roll < 98 ? 5 : 6;
  }

  private SplittableRandom random(int index) {
    return new SplittableRandom(seed * 1_000_003L + index);
  }

  private String uuid(String kind, int n) {
    return UUID.nameUUIDFromBytes(
            (seed + ":" + kind + ":" + n).getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .toString();
  }
}
