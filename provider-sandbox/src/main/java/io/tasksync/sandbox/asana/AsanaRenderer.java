package io.tasksync.sandbox.asana;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders stand-in resources in Asana's JSON shapes, with {@code opt_fields} selection. */
final class AsanaRenderer {

  static final String PRIORITY_FIELD_GID = "1600000000000001";
  static final String ESTIMATE_FIELD_GID = "1600000000000002";
  static final String TAG_GID = "1700000000000001";
  private static final int BARE_ASSIGNEE_INDEX_DIGIT = 7;

  private AsanaRenderer() {}

  static Map<String, Object> workspace() {
    return ordered(
        "gid", AsanaWorkspace.WORKSPACE_GID,
        "resource_type", "workspace",
        "name", AsanaWorkspace.WORKSPACE_NAME);
  }

  static Map<String, Object> user(int u) {
    return ordered(
        "gid",
        AsanaWorkspace.userGid(u),
        "resource_type",
        "user",
        "name",
        "User " + u,
        "email",
        "user" + u + "@example.com");
  }

  static Map<String, Object> project(int p) {
    Map<String, Object> m =
        ordered(
            "gid",
            AsanaWorkspace.projectGid(p),
            "resource_type",
            "project",
            "name",
            "Project " + p);
    m.put("archived", AsanaWorkspace.isArchived(p));
    m.put("workspace", compact(AsanaWorkspace.WORKSPACE_GID, "workspace", null));
    return m;
  }

  static Map<String, Object> task(AsanaTaskState t, AsanaWorkspace ws) {
    Map<String, Object> m = new LinkedHashMap<>();
    String gid = AsanaWorkspace.taskGid(t.index());
    m.put("gid", gid);
    m.put("resource_type", "task");
    m.put("name", t.name());
    m.put("resource_subtype", t.milestone() ? "milestone" : "default_task");
    m.put("notes", t.notes());
    m.put("html_notes", "<body>" + t.notes() + "</body>");
    m.put("completed", t.completed());
    m.put("completed_at", iso(t.completedAt()));
    m.put("created_at", iso(t.createdAt()));
    m.put("modified_at", iso(t.modifiedAt()));
    m.put("due_on", t.dueOn() == null ? null : t.dueOn().toString());
    m.put("due_at", iso(t.dueAt()));
    m.put("start_on", t.startOn() == null ? null : t.startOn().toString());
    m.put("start_at", null);
    m.put("actual_time_minutes", t.actualMinutes());
    m.put("assignee", assignee(t));
    List<Object> projects = new ArrayList<>();
    List<Object> memberships = new ArrayList<>();
    for (int p : t.projects()) {
      projects.add(compact(AsanaWorkspace.projectGid(p), "project", "Project " + p));
      Map<String, Object> membership = new LinkedHashMap<>();
      membership.put("project", compact(AsanaWorkspace.projectGid(p), "project", "Project " + p));
      membership.put(
          "section",
          compact(
              AsanaWorkspace.sectionGid(p, t.section()),
              "section",
              AsanaWorkspace.SECTIONS[t.section()]));
      memberships.add(membership);
    }
    m.put("projects", projects);
    m.put("memberships", memberships);
    m.put(
        "workspace",
        compact(AsanaWorkspace.WORKSPACE_GID, "workspace", AsanaWorkspace.WORKSPACE_NAME));
    m.put(
        "parent",
        t.parent() == null
            ? null
            : compact(AsanaWorkspace.taskGid(t.parent()), "task", ws.task(t.parent()).name()));
    m.put(
        "num_subtasks",
        (int) ws.children(t.index()).stream().filter(c -> !ws.task(c).deleted()).count());
    m.put("tags", t.tagged() ? List.of(compact(TAG_GID, "tag", "urgent")) : List.of());
    m.put("custom_fields", t.projects().isEmpty() ? List.of() : customFields(t));
    m.put("permalink_url", permalink(t, gid));
    ws.omittedTaskFields().forEach(m::remove);
    return m;
  }

  /**
   * Some real answers carry a bare assignee, its gid alone (the user is outside the grant's view):
   * every task whose index ends in 7 has one.
   */
  private static Map<String, Object> assignee(AsanaTaskState t) {
    if (t.assignee() == null) {
      return null;
    }
    if (t.index() % 10 == BARE_ASSIGNEE_INDEX_DIGIT) {
      return ordered("gid", AsanaWorkspace.userGid(t.assignee()));
    }
    return user(t.assignee());
  }

  /**
   * Asana sends both forms: the newer {@code /1/<workspace>/task/<gid>} and {@code /0/<p>/<gid>}.
   */
  private static String permalink(AsanaTaskState t, String gid) {
    if (t.index() % 2 == 1) {
      String project =
          t.projects().isEmpty() ? "0" : AsanaWorkspace.projectGid(t.projects().get(0));
      return "https://app.asana.com/0/" + project + "/" + gid;
    }
    return "https://app.asana.com/1/" + AsanaWorkspace.WORKSPACE_GID + "/task/" + gid;
  }

  private static List<Object> customFields(AsanaTaskState t) {
    Map<String, Object> priority = compact(PRIORITY_FIELD_GID, "custom_field", "Priority");
    priority.put("resource_subtype", "enum");
    priority.put("type", "enum");
    definition(priority);
    List<Object> options = new ArrayList<>();
    for (int i = 0; i < AsanaWorkspace.PRIORITIES.length; i++) {
      Map<String, Object> option =
          compact("16100000000000" + (10 + i), "enum_option", AsanaWorkspace.PRIORITIES[i]);
      option.put("enabled", true);
      option.put("color", "red");
      options.add(option);
    }
    priority.put("enum_options", options);
    Map<String, Object> value = null;
    if (t.priority() != null) {
      value =
          compact(
              "16100000000000" + (10 + t.priority()),
              "enum_option",
              AsanaWorkspace.PRIORITIES[t.priority()]);
      value.put("enabled", true);
      value.put("color", "red");
    }
    priority.put("enum_value", value);
    priority.put("display_value", value == null ? null : value.get("name"));
    Map<String, Object> estimate = compact(ESTIMATE_FIELD_GID, "custom_field", "Estimated time");
    estimate.put("resource_subtype", "number");
    estimate.put("type", "number");
    estimate.put("format", "duration");
    definition(estimate);
    estimate.put("precision", 0);
    estimate.put("number_value", t.estimateMinutes());
    estimate.put("display_value", t.estimateMinutes() == null ? null : t.estimateMinutes() + "m");
    return List.of(priority, estimate);
  }

  /** The custom field's definition, which real answers embed beside its value. */
  private static void definition(Map<String, Object> field) {
    field.put("enabled", true);
    field.put("description", "");
    field.put("is_global_to_workspace", true);
    field.put("has_notifications_enabled", true);
    field.put("is_formula_field", false);
    field.put("is_value_read_only", false);
    field.put("created_by", null);
  }

  static Map<String, Object> compact(String gid, String type, String name) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("gid", gid);
    m.put("resource_type", type);
    if (name != null) {
      m.put("name", name);
    }
    return m;
  }

  static String iso(Instant instant) {
    return instant == null ? null : instant.toString();
  }

  static Map<String, Object> ordered(String... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }

  /**
   * Keeps what {@code opt_fields} asks for (dotted paths), plus {@code gid}; without {@code
   * opt_fields}, the compact record (gid, resource_type, name, resource_subtype).
   */
  static Object select(Object full, String optFields) {
    if (optFields == null || optFields.isBlank()) {
      return selectPaths(full, List.of("resource_type", "name", "resource_subtype"));
    }
    return selectPaths(full, List.of(optFields.split(",")));
  }

  @SuppressWarnings("unchecked")
  private static Object selectPaths(Object value, List<String> paths) {
    if (value instanceof List) {
      List<Object> out = new ArrayList<>();
      for (Object item : (List<Object>) value) {
        out.add(selectPaths(item, paths));
      }
      return out;
    }
    if (!(value instanceof Map)) {
      return value;
    }
    Map<String, Object> map = (Map<String, Object>) value;
    Map<String, List<String>> byHead = new LinkedHashMap<>();
    for (String path : paths) {
      String p = path.trim();
      if (p.isEmpty()) {
        continue;
      }
      int dot = p.indexOf('.');
      String head = dot < 0 ? p : p.substring(0, dot);
      List<String> rest = byHead.computeIfAbsent(head, k -> new ArrayList<>());
      if (dot >= 0) {
        rest.add(p.substring(dot + 1));
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    if (map.containsKey("gid")) {
      out.put("gid", map.get("gid"));
    }
    byHead.forEach(
        (head, rest) -> {
          if (map.containsKey(head)) {
            Object v = map.get(head);
            out.put(head, rest.isEmpty() ? v : selectPaths(v, rest));
          }
        });
    return out;
  }
}
