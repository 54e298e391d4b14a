package io.tasksync.sandbox.clickup;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Renders the stand-in's data in ClickUp's API v2 shapes (as recorded from the real API). */
final class ClickUpJson {

  static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String[] PRIORITIES = {null, "urgent", "high", "normal", "low"};
  private static final String[] PRIORITY_COLORS = {
    null, "#f50000", "#f8ae00", "#6fddff", "#d8d8d8"
  };

  private ClickUpJson() {}

  static ObjectNode error(String message, String ecode) {
    return MAPPER.createObjectNode().put("err", message).put("ECODE", ecode);
  }

  static ObjectNode user(int w, int userId) {
    int m = userId == 300000 ? 0 : userId % 1000;
    return MAPPER
        .createObjectNode()
        .put("id", userId)
        .put("username", m == 0 ? "Sandbox Owner" : "Member " + m + " of " + w)
        .put("color", "#595d66")
        .put("email", m == 0 ? "owner@sandbox.test" : "member" + m + ".w" + w + "@sandbox.test")
        .put("initials", m == 0 ? "SO" : "M" + m)
        .putNull("profilePicture");
  }

  static ObjectNode team(ClickUpWorld world, int w) {
    ObjectNode team =
        MAPPER
            .createObjectNode()
            .put("id", ClickUpWorld.teamId(w))
            .put("name", "Sandbox workspace " + w)
            .put("color", "#7b68ee")
            .put("avatar", "");
    ArrayNode members = team.putArray("members");
    for (int m = 0; m < world.members(); m++) {
      ObjectNode user = user(w, ClickUpWorld.userId(w, m));
      user.put("role", m == 0 ? 1 : 3);
      members.addObject().set("user", user);
    }
    return team;
  }

  static ObjectNode task(StandInTask t) {
    int w = t.workspace();
    ObjectNode n = MAPPER.createObjectNode();
    n.put("id", t.id()).putNull("custom_id").put("custom_item_id", 0).put("name", t.name());
    n.put("text_content", t.description()).put("description", t.description());
    n.putObject("status")
        .put("status", t.status())
        .put(
            "id",
            "p"
                + ClickUpWorld.spaceId(w, ClickUpWorld.spaceOf(t.list()))
                + "_"
                + t.status().replace(' ', '_'))
        .put("color", t.isClosed() ? "#008844" : "#87909e")
        .put("type", t.statusType())
        .put("orderindex", t.isClosed() ? 3 : "open".equals(t.statusType()) ? 0 : 1);
    n.put("orderindex", t.created() / 1000 + ".00000000000000000000000000000000");
    n.put("date_created", String.valueOf(t.created()));
    n.put("date_updated", String.valueOf(t.updated()));
    putMillis(n, "date_closed", t.closed());
    putMillis(n, "date_done", t.closed());
    n.put("archived", t.archived());
    n.set("creator", user(w, ClickUpWorld.userId(w, t.creator())));
    ArrayNode assignees = n.putArray("assignees");
    t.assignees().forEach(a -> assignees.add(user(w, a)));
    n.putArray("group_assignees");
    n.putArray("watchers").add(user(w, ClickUpWorld.userId(w, t.creator())));
    n.putArray("checklists");
    ArrayNode tags = n.putArray("tags");
    t.tags()
        .forEach(
            tag ->
                tags.addObject()
                    .put("name", tag)
                    .put("tag_fg", "#800000")
                    .put("tag_bg", "#800000")
                    .put("creator", ClickUpWorld.userId(w, 0)));
    n.put("parent", t.parentId());
    n.put("top_level_parent", t.parentId());
    if (t.priority() == 0) {
      n.putNull("priority");
    } else {
      n.putObject("priority")
          .put("color", PRIORITY_COLORS[t.priority()])
          .put("id", String.valueOf(t.priority()))
          .put("orderindex", String.valueOf(t.priority()))
          .put("priority", PRIORITIES[t.priority()]);
    }
    putMillis(n, "due_date", t.due());
    putMillis(n, "start_date", t.start());
    n.putNull("points");
    if (t.estimateMs() == null) {
      n.putNull("time_estimate");
    } else {
      n.put("time_estimate", t.estimateMs());
    }
    customFields(n.putArray("custom_fields"), t);
    n.putArray("dependencies");
    n.putArray("linked_tasks");
    n.putArray("locations");
    n.put("team_id", ClickUpWorld.teamId(w));
    n.put("url", "https://app.clickup.com/t/" + t.id());
    n.putObject("sharing").put("public", false).putNull("public_share_expires_on");
    n.put("permission_level", "create");
    int s = ClickUpWorld.spaceOf(t.list());
    n.putObject("list")
        .put("id", ClickUpWorld.listId(w, t.list()))
        .put("name", listName(t.list()))
        .put("access", true);
    ObjectNode folder = folder(w, t.list());
    n.set("project", folder);
    n.set("folder", folder.deepCopy());
    n.putObject("space").put("id", ClickUpWorld.spaceId(w, s));
    return n;
  }

  /**
   * Two custom fields as ClickUp sends them: an unset field has no {@code value} key at all, and an
   * emoji (rating) field's value is a string.
   */
  private static void customFields(ArrayNode fields, StandInTask t) {
    fields
        .addObject()
        .put("id", "5dc86497-098d-4bb0-87d6-cf28e43812e7")
        .put("name", "Review date")
        .put("type", "date")
        .put("date_created", "1566400407303")
        .put("hide_from_guests", false)
        .put("required", false)
        .putObject("type_config");
    ObjectNode rating =
        fields
            .addObject()
            .put("id", "0a52c486-5f05-403b-b4fd-c512ff05131c")
            .put("name", "Confidence")
            .put("type", "emoji")
            .put("date_created", "1566400407303")
            .put("hide_from_guests", false)
            .put("required", false);
    rating.putObject("type_config").put("count", 5).put("code_point", "1f3c1");
    if (t.priority() > 0) {
      rating.put("value", String.valueOf(t.priority()));
    }
  }

  /** The folder object of a list, ClickUp's hidden folder for a folderless list. */
  static ObjectNode folder(int w, int l) {
    int s = ClickUpWorld.spaceOf(l);
    int f = ClickUpWorld.folderOf(l);
    ObjectNode folder = MAPPER.createObjectNode();
    if (f >= 0) {
      folder
          .put("id", ClickUpWorld.folderId(w, s, f))
          .put("name", folderName(s, f))
          .put("hidden", false)
          .put("access", true);
    } else {
      folder
          .put("id", ClickUpWorld.folderId(w, s, 9))
          .put("name", "hidden")
          .put("hidden", true)
          .put("access", true);
    }
    return folder;
  }

  static String folderName(int s, int f) {
    return "Folder " + s + "." + f;
  }

  static String listName(int l) {
    return "List " + l / ClickUpWorld.LISTS_PER_SPACE + "." + l % ClickUpWorld.LISTS_PER_SPACE;
  }

  static String spaceName(int s) {
    return "Space " + s;
  }

  private static void putMillis(ObjectNode n, String field, Long millis) {
    if (millis == null) {
      n.putNull(field);
    } else {
      n.put(field, String.valueOf(millis));
    }
  }

  static ObjectNode timeEntry(StandInTimeEntry e, StandInTask task) {
    int w = e.workspace();
    ObjectNode n = MAPPER.createObjectNode().put("id", e.id());
    ObjectNode t = n.putObject("task").put("id", e.taskId()).putNull("custom_id");
    t.put("name", task == null ? "" : task.name());
    t.putObject("status")
        .put("status", task == null ? "to do" : task.status())
        .put("color", "#87909e")
        .put("type", task == null ? "open" : task.statusType())
        .put("orderindex", 0);
    t.putNull("custom_type");
    n.put("wid", ClickUpWorld.teamId(w));
    n.set("user", user(w, e.user()));
    n.put("billable", false);
    n.put("start", String.valueOf(e.start()));
    n.put("end", String.valueOf(e.start() + e.durationMs()));
    n.put("duration", String.valueOf(e.durationMs()));
    n.put("description", "");
    n.putArray("tags");
    n.put("source", "clickup");
    n.put("at", String.valueOf(e.start() + e.durationMs()));
    int list = task == null ? 0 : task.list();
    int s = ClickUpWorld.spaceOf(list);
    int f = ClickUpWorld.folderOf(list);
    n.putObject("task_location")
        .put("list_id", Long.parseLong(ClickUpWorld.listId(w, list)))
        .put("folder_id", Long.parseLong(ClickUpWorld.folderId(w, s, f < 0 ? 9 : f)))
        .put("space_id", Long.parseLong(ClickUpWorld.spaceId(w, s)))
        .put("list_name", listName(list))
        .put("folder_name", f < 0 ? "hidden" : folderName(s, f))
        .put("space_name", spaceName(s));
    n.putArray("task_tags");
    n.put("task_url", "https://app.clickup.com/t/" + e.taskId());
    return n;
  }
}
