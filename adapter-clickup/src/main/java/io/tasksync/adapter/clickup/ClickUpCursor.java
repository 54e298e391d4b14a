package io.tasksync.adapter.clickup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tasksync.port.out.UnexpectedPayloadException;
import java.io.IOException;
import java.util.Locale;

/**
 * Where a listing stands, saved as compact JSON after every page: the workspace (team) id, the
 * phase (the workspace-wide task listing, then archived lists when configured), the next page
 * number, in the archived phase the list id, and which of the task's own archived flags the current
 * listing asks for ({@code "archived":true}, absent for false). {@code {"v":1,"phase":"done"}} ends
 * the listing.
 */
record ClickUpCursor(String teamId, Phase phase, int page, String listId, boolean archivedTasks) {

  /** The phases of one workspace's listing. */
  enum Phase {
    TASKS,
    ARCHIVED,
    DONE
  }

  static final ClickUpCursor DONE = new ClickUpCursor(null, Phase.DONE, 0, null, false);

  static ClickUpCursor tasks(String teamId, boolean archivedTasks) {
    return new ClickUpCursor(teamId, Phase.TASKS, 0, null, archivedTasks);
  }

  static ClickUpCursor archived(String teamId, String listId, boolean archivedTasks) {
    return new ClickUpCursor(teamId, Phase.ARCHIVED, 0, listId, archivedTasks);
  }

  ClickUpCursor nextPage() {
    return new ClickUpCursor(teamId, phase, page + 1, listId, archivedTasks);
  }

  String toJson() {
    ObjectNode n = ClickUpHttp.MAPPER.createObjectNode().put("v", 1);
    if (teamId != null) {
      n.put("team", teamId);
    }
    n.put("phase", phase.name().toLowerCase(Locale.ROOT));
    if (phase != Phase.DONE) {
      n.put("page", page);
    }
    if (listId != null) {
      n.put("list", listId);
    }
    if (archivedTasks) {
      n.put("archived", true);
    }
    return n.toString();
  }

  /** Parses a saved cursor; null means start at the beginning. */
  static ClickUpCursor parse(String json) {
    if (json == null || json.isBlank()) {
      return null;
    }
    try {
      JsonNode n = ClickUpHttp.MAPPER.readTree(json);
      Phase phase = Phase.valueOf(n.path("phase").asText().toUpperCase(Locale.ROOT));
      if (phase == Phase.DONE) {
        return DONE;
      }
      String team = n.path("team").asText(null);
      int page = n.path("page").asInt(-1);
      if (team == null || page < 0 || (phase == Phase.ARCHIVED && !n.hasNonNull("list"))) {
        throw new IllegalArgumentException("incomplete cursor");
      }
      return new ClickUpCursor(
          team, phase, page, n.path("list").asText(null), n.path("archived").asBoolean(false));
    } catch (IOException | IllegalArgumentException e) {
      throw new UnexpectedPayloadException(
          "the saved ClickUp checkpoint '" + json + "' is unreadable; start a full sync", e);
    }
  }
}
