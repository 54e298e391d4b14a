package io.tasksync.adapter.clickup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tasksync.port.out.UnexpectedPayloadException;
import java.io.IOException;

/**
 * Where a listing stands, saved as compact JSON after every page: the workspace (team) id, the
 * phase (the workspace-wide task listing, then archived lists when configured), the next page
 * number and, in the archived phase, the list id. {@code {"v":1,"phase":"done"}} ends the listing.
 */
record ClickUpCursor(String teamId, Phase phase, int page, String listId) {

  /** The phases of one workspace's listing. */
  enum Phase {
    TASKS,
    ARCHIVED,
    DONE
  }

  static final ClickUpCursor DONE = new ClickUpCursor(null, Phase.DONE, 0, null);

  static ClickUpCursor tasks(String teamId, int page) {
    return new ClickUpCursor(teamId, Phase.TASKS, page, null);
  }

  static ClickUpCursor archived(String teamId, String listId, int page) {
    return new ClickUpCursor(teamId, Phase.ARCHIVED, page, listId);
  }

  String toJson() {
    ObjectNode n = ClickUpHttp.MAPPER.createObjectNode().put("v", 1);
    if (teamId != null) {
      n.put("team", teamId);
    }
    n.put("phase", phase.name().toLowerCase(java.util.Locale.ROOT));
    if (phase != Phase.DONE) {
      n.put("page", page);
    }
    if (listId != null) {
      n.put("list", listId);
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
      Phase phase = Phase.valueOf(n.path("phase").asText().toUpperCase(java.util.Locale.ROOT));
      if (phase == Phase.DONE) {
        return DONE;
      }
      String team = n.path("team").asText(null);
      int page = n.path("page").asInt(-1);
      if (team == null || page < 0 || (phase == Phase.ARCHIVED && !n.hasNonNull("list"))) {
        throw new IllegalArgumentException("incomplete cursor");
      }
      return new ClickUpCursor(team, phase, page, n.path("list").asText(null));
    } catch (IOException | IllegalArgumentException e) {
      throw new UnexpectedPayloadException(
          "the saved ClickUp checkpoint '" + json + "' is unreadable; start a full sync", e);
    }
  }
}
