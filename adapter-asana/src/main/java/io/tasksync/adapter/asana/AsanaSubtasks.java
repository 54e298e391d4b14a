package io.tasksync.adapter.asana;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Predicate;

/**
 * Subtasks, which project listings never return: {@code GET /tasks/{gid}/subtasks} for each task
 * with {@code num_subtasks > 0}, depth first, all pages.
 */
final class AsanaSubtasks {

  private AsanaSubtasks() {}

  /**
   * The subtasks below {@code parent} that {@code keep} accepts; the subtasks of a rejected one are
   * left to where that one is listed.
   */
  static List<JsonNode> collect(AsanaListing listing, JsonNode parent, Predicate<JsonNode> keep) {
    List<JsonNode> out = new ArrayList<>();
    Deque<JsonNode> pending = new ArrayDeque<>();
    pending.push(parent);
    while (!pending.isEmpty()) {
      JsonNode t = pending.pop();
      if (t.path("num_subtasks").asInt(0) <= 0) {
        continue;
      }
      String path =
          "/tasks/"
              + AsanaListing.enc(t.path("gid").asText())
              + "/subtasks?opt_fields="
              + AsanaFields.TASK;
      String offset = null;
      do {
        AsanaListing.Page page;
        try {
          page = listing.page(path, offset);
        } catch (AsanaFailure.NotFound e) {
          break;
        }
        for (JsonNode sub : page.items()) {
          if (keep.test(sub)) {
            out.add(sub);
            pending.push(sub);
          }
        }
        offset = page.nextOffset();
      } while (offset != null);
    }
    return out;
  }
}
