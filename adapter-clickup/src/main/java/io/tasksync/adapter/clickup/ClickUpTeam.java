package io.tasksync.adapter.clickup;

import com.fasterxml.jackson.databind.JsonNode;
import io.tasksync.port.out.UnexpectedPayloadException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** An authorized workspace ("team" in API v2) with its members' user ids. */
record ClickUpTeam(String id, String name, List<String> memberIds) {

  ClickUpTeam {
    memberIds = List.copyOf(memberIds);
  }

  /** Parses {@code GET /team}, sorted by id so a resumed listing finds its place. */
  static List<ClickUpTeam> parse(JsonNode body) {
    JsonNode teams = body.path("teams");
    if (!teams.isArray()) {
      throw new UnexpectedPayloadException("ClickUp's GET /team answer has no teams array");
    }
    List<ClickUpTeam> out = new ArrayList<>();
    for (JsonNode t : teams) {
      String id = ClickUpTaskMapper.text(t, "id");
      if (id == null || id.isBlank()) {
        throw new UnexpectedPayloadException("a ClickUp workspace in GET /team has no id");
      }
      List<String> members = new ArrayList<>();
      for (JsonNode m : t.path("members")) {
        String userId = ClickUpTaskMapper.text(m.path("user"), "id");
        if (userId != null) {
          members.add(userId);
        }
      }
      out.add(new ClickUpTeam(id, ClickUpTaskMapper.text(t, "name"), members));
    }
    out.sort(Comparator.comparing(ClickUpTeam::id, ClickUpTeam::compareIds));
    return out;
  }

  /** Numeric ids compare as numbers, so the order does not depend on their lengths. */
  static int compareIds(String a, String b) {
    return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
  }
}
